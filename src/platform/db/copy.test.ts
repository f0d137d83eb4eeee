import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/test-db.js';
import type { DB } from '../../db-schema.js';
import type { Database } from './database.js';
import { copyRows, csvLine } from './copy.js';

describe('copyRows', () => {
  let database: Database<DB>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('encodes CSV fields COPY reads back exactly, with null distinct from empty', () => {
    expect(csvLine(['a', 'b,"c"', null, '', 12, 'x\ny'])).toBe('a,"b,""c""",,"",12,"x\ny"\n');
  });

  it('loads rows in chunks into a table, values intact', async () => {
    const db = database.kysely;
    await sql`create table if not exists copy_probe_t (n int, t text)`.execute(db);
    const rows = Array.from({ length: 2500 }, (_, i) => [i, i % 7 === 0 ? null : `Tên, "số" ${i}`]);
    await copyRows(db, 'copy_probe_t', ['n', 't'], rows, 1000);
    const out = await sql<{
      n: number;
      t: string | null;
    }>`select n, t from copy_probe_t order by n`.execute(db);
    expect(out.rows).toHaveLength(2500);
    expect(out.rows[7]).toEqual({ n: 7, t: null });
    expect(out.rows[8]).toEqual({ n: 8, t: 'Tên, "số" 8' });
    await sql`drop table copy_probe_t`.execute(db);
  });
});
