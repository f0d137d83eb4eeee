import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/test-db.js';
import { openDatabaseTarget, type Database } from './database.js';

describe('one value representation on both engines', () => {
  let database: Database<unknown>;
  beforeAll(async () => {
    database = (await createTestDatabase()) as Database<unknown>;
  });
  afterAll(() => database.close());

  it('returns civil dates as strings, int8 as numbers, numeric as exact strings', async () => {
    const { rows } = await sql<{ d: unknown; b: unknown; n: unknown }>`
      select '2025-07-01'::date as d, 9007199254740991::bigint as b, 0.333333334::numeric(10,9) as n`.execute(
      database.kysely,
    );
    expect(rows[0]).toEqual({ d: '2025-07-01', b: 9007199254740991, n: '0.333333334' });
  });

  it('refuses int8 values that a JS number cannot hold exactly', async () => {
    await expect(
      sql`select 9007199254740993::bigint as b`.execute(database.kysely),
    ).rejects.toThrow(/safe integer/);
  });

  it('runs every session with work_mem 64MB', async () => {
    const { rows } = await sql<{ work_mem: string }>`show work_mem`.execute(database.kysely);
    expect(rows[0]!.work_mem).toBe('64MB');
  });
});

describe('embedded data directory', () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-pgdata-')), 'pgdata');

  it('keeps data across restarts and refuses a second opener while in use', async () => {
    const first = await openDatabaseTarget({ kind: 'pglite', dataDir: dir }, { workMem: '64MB' });
    await sql`create table kept (x int); insert into kept values (42)`.execute(first.kysely);
    await expect(
      openDatabaseTarget({ kind: 'pglite', dataDir: dir }, { workMem: '64MB' }),
    ).rejects.toMatchObject({
      code: 'DB_DATA_DIR_LOCKED',
    });
    await first.close();
    const again = await openDatabaseTarget({ kind: 'pglite', dataDir: dir }, { workMem: '64MB' });
    const { rows } = await sql<{ x: number }>`select x from kept`.execute(again.kysely);
    expect(rows).toEqual([{ x: 42 }]);
    await again.close();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  }, 60_000);
});
