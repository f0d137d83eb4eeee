// The generator against a real database (PGlite, or the server with TEST_DATABASE_URL). The
// test template already holds a generated Hải Phòng of 3,000 persons (tests/helpers).
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../tests/helpers/test-db.js';
import type { DB, Db } from '../db-schema.js';
import { DEMO_EMPLOYER, DEMO_FACILITY } from '../demo.js';
import { parseCardNumber } from '../modules/enrolment/card-number.js';
import { checkNationalId } from '../modules/registry/national-id.js';
import { AppError } from '../platform/errors.js';
import type { Database } from '../platform/db/database.js';
import { generatedHouseholds, generateProvince } from './generate.js';

let a: Database<DB>;
let b: Database<DB>;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

const within = (day: string, from: string, to: string | null) =>
  from <= day && (to === null || day < to);

async function contentHash(db: Db, provinceCode: string) {
  const { rows } = await sql<{ line: string }>`
    select concat_ws('|', p.national_id, p.full_name, p.birth_date, p.sex, p.phone, p.si_number,
      p.household_relation, h.code, c.card_number, c.valid_from, c.facility_code) as line
    from person p join household h on h.id = p.household_id
    left join hi_card c on c.person_id = p.id
    where h.code like ${`G${provinceCode}%`} order by 1`.execute(db);
  return createHash('sha256')
    .update(rows.map((r) => r.line).join('\n'))
    .digest('hex');
}

describe('generateProvince', () => {
  it('writes the same data for the same seed on the same database, whether indexes are set aside or kept live', async () => {
    const asOf = '2026-11-28';
    await generateProvince(a.kysely, {
      provinceCode: '01',
      persons: 1_500,
      seed: 11,
      asOf,
      fast: false,
    });
    await generateProvince(b.kysely, {
      provinceCode: '01',
      persons: 1_500,
      seed: 11,
      asOf,
      fast: true,
    });
    expect(await contentHash(a.kysely, '01')).toBe(await contentHash(b.kysely, '01'));
    const counts = await sql<{
      n: string;
    }>`select count(*) as n from person p join household h on h.id = p.household_id where h.code like 'G01%'`.execute(
      b.kysely,
    );
    expect(Number(counts.rows[0]!.n)).toBe(1_500);
  });
  it('seeded the demo Hải Phòng: facility 31001, employer 0200000001 with staff, no clash with demo persons', async () => {
    const db = a.kysely;
    expect(await generatedHouseholds(db, '31')).toBeGreaterThan(500);
    const facility = await db
      .selectFrom('facility')
      .select('code')
      .where('code', '=', DEMO_FACILITY)
      .execute();
    expect(facility).toHaveLength(1);
    const staff = await db
      .selectFrom('employment as m')
      .innerJoin('employer as e', 'e.id', 'm.employer_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('e.tax_code', '=', DEMO_EMPLOYER)
      .executeTakeFirstOrThrow();
    expect(Number(staff.n)).toBeGreaterThanOrEqual(3);
    const { rows } = await sql<{ generated: number; demo: number }>`
      select count(*) filter (where h.code like 'G31%') as generated,
             count(*) filter (where p.household_id is null) as demo
      from person p left join household h on h.id = p.household_id`.execute(db);
    expect(rows[0]).toEqual({ generated: 3_000, demo: 600 });
  });

  it('writes national IDs that pass the check and cards that parse with the level and province code at issue', async () => {
    const db = a.kysely;
    const provinces = await db
      .selectFrom('admin_unit')
      .select(['code', 'valid_from', 'valid_to'])
      .where('level', '=', 'province')
      .execute();
    const groups = await db
      .selectFrom('participant_group')
      .select(['code', 'benefit_level', 'valid_from', 'valid_to'])
      .execute();
    const birthCodes = new Set(provinces.map((p) => `0${p.code}`));
    const persons = await db
      .selectFrom('person')
      .innerJoin('household', 'household.id', 'person.household_id')
      .select(['national_id', 'birth_date', 'sex'])
      .where('household.code', 'like', 'G31%')
      .execute();
    for (const p of persons)
      expect(checkNationalId(p.national_id, p.birth_date, p.sex, birthCodes)).toBeNull();
    const cards = await db.selectFrom('hi_card').select(['card_number', 'issued_on']).execute();
    expect(cards.length).toBeGreaterThan(2_000);
    for (const c of cards) {
      const parsed = parseCardNumber(c.card_number, {
        benefitLevel: (g) =>
          groups.find((r) => r.code === g && within(c.issued_on, r.valid_from, r.valid_to))
            ?.benefit_level,
        provinceValid: (code) =>
          provinces.some((p) => p.code === code && within(c.issued_on, p.valid_from, p.valid_to)),
      });
      expect(parsed, c.card_number).not.toHaveProperty('reason');
    }
  });

  it('refuses a province that already has generated data unless asked to append', async () => {
    const db = a.kysely;
    const refusal = await generateProvince(db, { provinceCode: '31', persons: 10, seed: 1 }).catch(
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe('GENERATE_ALREADY_DONE');
    const before = await generatedHouseholds(db, '31');
    const summary = await generateProvince(db, {
      provinceCode: '31',
      persons: 200,
      seed: 2,
      append: true,
    });
    expect(summary.persons).toBe(200);
    expect(await generatedHouseholds(db, '31')).toBe(before + summary.households);
  });

  it('refuses an unknown province code in both languages', async () => {
    const error = (await generateProvince(a.kysely, {
      provinceCode: '99',
      persons: 10,
      seed: 1,
    }).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('GENERATE_UNKNOWN_PROVINCE');
    expect(error.messageVi).toContain('Không có tỉnh');
  });
});
