// The nation run: persons shared by population among today's 34 provinces, in one load.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../tests/helpers/test-db.js';
import type { DB } from '../db-schema.js';
import type { Database } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { apportion, generateNation } from './nation.js';

describe('apportion', () => {
  it('shares a total by weight with the largest remainders, summing exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [8_718_000, 555_809])).toEqual([94, 6]);
    expect(apportion(7, [0, 0])).toEqual([4, 3]);
    expect(apportion(1_000_001, [3, 5, 11, 2]).reduce((a, b) => a + b, 0)).toBe(1_000_001);
  });
});

describe('generateNation', () => {
  let database: Database<DB>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('refuses when a province already has generated data, unless asked to append', async () => {
    // the test template holds a generated Hải Phòng
    const error = await generateNation(database.kysely, { persons: 100, seed: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('GENERATE_ALREADY_DONE');
  });

  it('generates every province in proportion to its population', async () => {
    const db = database.kysely;
    const before = await sql<{ n: string }>`select count(*) as n from person`.execute(db);
    const summaries = await generateNation(db, { persons: 3_400, seed: 5, append: true });
    expect(summaries).toHaveLength(34);
    const by = new Map(summaries.map((s) => [s.provinceCode, s.persons]));
    expect([...by.values()].reduce((a, b) => a + b, 0)).toBe(3_400);
    // Hà Nội (01, 8.7 M) gets far more than Cao Bằng (04, 0.56 M)
    expect(by.get('01')!).toBeGreaterThan(10 * by.get('04')!);
    const after = await sql<{ n: string }>`select count(*) as n from person`.execute(db);
    expect(Number(after.rows[0]!.n) - Number(before.rows[0]!.n)).toBe(3_400);
    // national IDs stay unique across provinces (the counters are shared)
    const dup = await sql<{ n: string }>`
      select count(*) as n from (select national_id from person group by 1 having count(*) > 1) d`.execute(
      db,
    );
    expect(Number(dup.rows[0]!.n)).toBe(0);
  });
});
