import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/test-db.js';
import type { Db, DB } from '../../db-schema.js';
import type { Database } from '../../platform/db/database.js';
import { loadRuleSet } from './rules.repo.js';
import { wageRegionAt } from './wage-region.repo.js';
import { seedWageRegions } from './wage-region.seed.js';

let database: Database<DB>;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.kysely;
});
afterAll(() => database.close());

/** Two communes of today's Hải Phòng (code 31). */
async function twoCommunesOfHaiPhong() {
  const province = await db
    .selectFrom('admin_unit')
    .select('id')
    .where('code', '=', '31')
    .where('valid_to', 'is', null)
    .executeTakeFirstOrThrow();
  return db
    .selectFrom('admin_unit')
    .select(['id', 'code'])
    .where('parent_id', '=', province.id)
    .where('level', '=', 'commune')
    .orderBy('code')
    .limit(2)
    .execute();
}

describe('the rule set of a period', () => {
  it('includes rows straddling either boundary and leaves out those outside', async () => {
    const rules = await loadRuleSet(db, '2024-06-15', '2024-07-15');
    expect(rules.baseSalaries.map((r) => r.amount)).toEqual([1_800_000, 2_340_000]);
    expect(rules.regionalMinimumWages.map((r) => `${r.region}:${r.amount}`)).toEqual([
      '1:4680000',
      '2:4160000',
      '3:3640000',
      '4:3250000',
      '1:4960000',
      '2:4410000',
      '3:3860000',
      '4:3450000',
    ]);
    expect(rules.baseSalaries[1]).toMatchObject({
      validFrom: '2024-07-01',
      validTo: '2026-07-01',
      legalRef: 'Decree 73/2024/NĐ-CP',
      confirmed: true,
    });
  });

  it('treats validity ends as exclusive: a row ending on the first day is not in the period', async () => {
    const rules = await loadRuleSet(db, '2024-07-01', '2024-08-01');
    expect(rules.baseSalaries.map((r) => r.amount)).toEqual([2_340_000]);
    const vsi = rules.stateSupport.filter((r) => r.scheme === 'vsi');
    expect(vsi.map((r) => `${r.target}:${r.sharePercent}`).sort()).toEqual([
      'ethnic_minority:10.0000',
      'near_poor:25.0000',
      'other:10.0000',
      'poor:30.0000',
    ]);
  });

  it('carries rates, parameters, household shares and participant groups as the calculator reads them', async () => {
    const rules = await loadRuleSet(db, '2025-08-01', '2025-09-01');
    expect(rules.householdShares.map((r) => [r.memberOrder, r.sharePercent])).toEqual([
      [1, '100.0000'],
      [2, '70.0000'],
      [3, '60.0000'],
      [4, '50.0000'],
      [5, '40.0000'],
    ]);
    // HI rows change on 2025-08-15 (Decree 188/2025): both versions are in the month
    expect(rules.rates.filter((r) => r.fund === 'hi' && r.party === 'employee')).toHaveLength(2);
    expect(rules.parameters.find((p) => p.key === 'vsi_rate_percent')?.value).toBe('22.0000');
    expect(rules.groups.find((g) => g.code === 'HS')).toMatchObject({
      premiumPayer: expect.any(String),
    });
  });
});

describe('the wage region of a place', () => {
  it('falls back to the province default when the commune has no row of its own', async () => {
    const [commune] = await twoCommunesOfHaiPhong();
    const found = await wageRegionAt(db, commune!.code, '2026-02-01');
    expect(found).toMatchObject({
      region: 1,
      confirmed: false,
      unit: { code: '31', level: 'province' },
    });
  });

  it('takes the commune’s own row over its province default', async () => {
    const [a, b] = await twoCommunesOfHaiPhong();
    await db
      .insertInto('wage_region')
      .values({
        unit_id: a!.id,
        region: 3,
        valid_from: '2026-01-01',
        valid_to: null,
        legal_ref: 'test',
        note: null,
      })
      .execute();
    expect(await wageRegionAt(db, a!.code, '2026-02-01')).toMatchObject({
      region: 3,
      unit: { code: a!.code },
    });
    expect((await wageRegionAt(db, a!.code, '2025-12-31')).region).toBe(1);
    expect((await wageRegionAt(db, b!.code, '2026-02-01')).region).toBe(1);
  });

  it('says plainly when a place has no region on record (an old province before the merger)', async () => {
    await expect(wageRegionAt(db, '30', '2024-08-01')).rejects.toMatchObject({
      code: 'CONTRIBUTIONS_NO_WAGE_REGION',
      status: 422,
    });
  });

  it('seeds the province defaults once: a second run adds nothing', async () => {
    const count = async () =>
      Number(
        (
          await db
            .selectFrom('wage_region')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    expect(await seedWageRegions(db)).toEqual({ inserted: 0, unknown: [] });
    expect(await count()).toBe(before);
    // a province whose rows were removed gets its default back, valid for the province's life
    const hanoi = await db
      .selectFrom('admin_unit')
      .select(['id', 'valid_from'])
      .where('code', '=', '01')
      .where('valid_to', 'is', null)
      .executeTakeFirstOrThrow();
    await db.deleteFrom('wage_region').where('unit_id', '=', hanoi.id).execute();
    expect(await seedWageRegions(db)).toEqual({ inserted: 1, unknown: [] });
    expect(await wageRegionAt(db, '01', hanoi.valid_from)).toMatchObject({ region: 1 });
  });
});
