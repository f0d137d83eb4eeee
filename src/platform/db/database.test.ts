import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
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

describe.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL server connections', () => {
  it('survives the server dropping its idle connections and reconnects', async () => {
    const database = (await createTestDatabase()) as Database<unknown>;
    const name = (await sql<{ d: string }>`select current_database() as d`.execute(database.kysely))
      .rows[0]!.d;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    // every connection of the pool is idle now; the server ends them all
    await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [
      name,
    ]);
    await admin.end();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { rows } = await sql<{ ok: number }>`select 1 as ok`.execute(database.kysely);
    expect(rows[0]!.ok).toBe(1);
    await database.close();
  });
});
