// Which provincial top-ups reach a person: province, absorbed provinces, date, status, condition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/test-db.js';
import type { Db } from '../../db-schema.js';
import { demoPlaces, type DemoPlaces } from '../../demo-places.js';
import type { Database } from '../../platform/db/database.js';
import type { DB } from '../../db-schema.js';
import { topUpsFor } from './policies.lookup.js';
import type { PersonFacts } from './rules.types.js';

let database: Database<DB>;
let db: Db;
let places: DemoPlaces;
let oldHaiPhongCommune: string;

const codes = async (provinceCode: string, at: string, person: PersonFacts, scheme = 'hi') =>
  (await topUpsFor(db, { provinceCode, at, person, scheme: scheme as 'hi' })).map((t) => t.code);

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.kysely;
  places = await demoPlaces(db);
  // a current commune of Hải Phòng that did not come from Hải Dương
  const fromHaiDuong = new Set(places.communesFromHaiDuong.map((c) => c.id));
  const row = await db
    .selectFrom('admin_unit')
    .select(['id', 'code'])
    .where('parent_id', '=', places.province.id)
    .where('level', '=', 'commune')
    .orderBy('code')
    .execute();
  oldHaiPhongCommune = row.find((c) => !fromHaiDuong.has(c.id))!.code;
});
afterAll(() => database.close());

const nearPoor = (communeCode?: string): PersonFacts => ({
  statuses: ['near_poor'],
  ...(communeCode ? { communeCode } : {}),
});

describe('top-ups for a person', () => {
  it("gives a near-poor person of Hải Dương before the merger the province's own policy", async () => {
    expect(await codes('30', '2024-05-01', nearPoor())).toEqual(['HD-2021-CN']);
    expect(await codes('31', '2024-05-01', nearPoor())).toEqual([]);
  });

  it('carries Hải Dương policies after the merger only to communes that came from it', async () => {
    const fromHd = places.communesFromHaiDuong[0]!.code;
    expect((await codes('31', '2025-10-01', nearPoor(fromHd))).sort()).toEqual([
      'HD-2021-CN',
      'HP-2025-CN',
    ]);
    expect(await codes('31', '2025-10-01', nearPoor(oldHaiPhongCommune))).toEqual(['HP-2025-CN']);
    // the Hải Dương programme ended on 2025-12-31
    expect(await codes('31', '2026-01-01', nearPoor(fromHd))).toEqual(['HP-2025-CN']);
  });

  it('applies the age bands on the date, and the card condition', async () => {
    const person = (birthDate: string, hasValidCard: boolean): PersonFacts => ({
      statuses: [],
      birthDate,
      hasValidCard,
    });
    expect(await codes('30', '2024-01-01', person('1946-01-01', true))).toEqual([
      'HD-2021-NCT',
      'HD-NQ16-2024-77',
    ]);
    expect(await codes('30', '2023-12-31', person('1946-01-01', true))).toEqual(['HD-2021-NCT']);
    expect(await codes('30', '2024-01-01', person('1956-06-01', false))).toEqual(['HD-2023-6569']);
    expect(await codes('30', '2024-01-01', person('1956-06-01', true))).toEqual([]);
  });

  it('keeps to the scheme and to active policies', async () => {
    expect(await codes('30', '2024-05-01', nearPoor(), 'vsi')).toEqual(['HD-2021-BHXHTN']);
    await db
      .updateTable('support_policy')
      .set({ status: 'withdrawn' })
      .where('code', '=', 'HD-2021-CN')
      .execute();
    expect(await codes('30', '2024-05-01', nearPoor())).toEqual([]);
  });

  it('returns the top-up as the calculator takes it', async () => {
    const [top] = await topUpsFor(db, {
      provinceCode: '79',
      scheme: 'hi',
      at: '2026-03-01',
      person: { statuses: ['student'] },
    });
    expect(top).toMatchObject({
      code: 'HCM-2026-HSSV',
      sharePercent: '100',
      amount: null,
      stacking: 'top_up_to',
      confirmed: false,
    });
  });
});
