// Keeps test-rules.ts honest: the RuleSet the pure tests use must hold exactly the national rule
// rows the migrations seed (ids aside), so an oracle passing here passes on the real data too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/helpers/test-db.js';
import type { DB } from '../../../db-schema.js';
import type { Database } from '../../../platform/db/database.js';
import { loadRuleSet } from '../rules.repo.js';
import type { RuleSet } from '../rules.types.js';
import { seedRules } from './test-rules.js';

let database: Database<DB>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** Rows as comparable text: no ids, keys sorted, numeric text normalised ('3.0000' → '3'). */
const rows = (list: object[]) =>
  list
    .map((row) =>
      JSON.stringify(
        Object.entries(row)
          .filter(([key]) => key !== 'id')
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, v]) => [
            key,
            typeof v === 'string' && /^\d+\.\d+$/.test(v) ? String(Number(v)) : v,
          ]),
      ),
    )
    .sort();

describe('the test rule set', () => {
  it('mirrors the seeded national rule rows', async () => {
    const db = await loadRuleSet(database.kysely, '1900-01-01', '2100-01-01');
    const mirror = seedRules();
    const tables = Object.keys(mirror).filter((k) => k !== 'groups') as (keyof RuleSet)[];
    for (const table of tables) {
      expect({ table, rows: rows(mirror[table]) }).toEqual({ table, rows: rows(db[table]) });
    }
    // the fixture carries only the participant groups the tests use
    expect(rows(db.groups)).toEqual(expect.arrayContaining(rows(mirror.groups)));
  });
});
