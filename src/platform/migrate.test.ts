import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../tests/helpers/test-db.js';
import type { Database } from './db/database.js';
import { migrate, MIGRATIONS_DIR, readMigrations } from './migrate.js';

let database: Database<unknown>;
// a copy of the project's migrations that these tests extend and edit on disk
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-migrations-'));
const probe = path.join(dir, '9001_probe.sql');

beforeAll(async () => {
  database = (await createTestDatabase()) as Database<unknown>;
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const tableExists = async (name: string) =>
  (await sql<{ t: string | null }>`select to_regclass(${name})::text as t`.execute(database.kysely))
    .rows[0]!.t !== null;

describe('migration runner', () => {
  it('finds the project migrations already applied to a seeded database', async () => {
    const report = await migrate(database.kysely);
    expect(report).toEqual({ applied: [], alreadyApplied: readMigrations().length });
  });

  it('applies a new numbered file once, with several statements in it', async () => {
    fs.writeFileSync(probe, 'create table probe (x int);\ninsert into probe values (1), (2);\n');
    expect((await migrate(database.kysely, readMigrations(dir))).applied).toEqual([
      '9001_probe.sql',
    ]);
    expect((await migrate(database.kysely, readMigrations(dir))).applied).toEqual([]);
    const rows = await sql<{ n: number }>`select count(*)::int as n from probe`.execute(
      database.kysely,
    );
    expect(rows.rows[0]!.n).toBe(2);
  });

  it('refuses to run when an applied file was edited on disk', async () => {
    fs.appendFileSync(probe, '-- a later edit\n');
    await expect(migrate(database.kysely, readMigrations(dir))).rejects.toMatchObject({
      code: 'MIGRATION_EDITED',
    });
  });

  it('refuses to run code that lacks a migration the database has', async () => {
    fs.rmSync(probe);
    await expect(migrate(database.kysely, readMigrations(dir))).rejects.toMatchObject({
      code: 'MIGRATION_UNKNOWN',
    });
  });

  it('leaves nothing behind when a pending file fails', async () => {
    fs.writeFileSync(probe, 'create table probe (x int);\ninsert into probe values (1), (2);\n');
    fs.writeFileSync(path.join(dir, '9002_ok.sql'), 'create table half_done (x int);\n');
    fs.writeFileSync(path.join(dir, '9003_bad.sql'), 'select * from no_such_table;\n');
    await expect(migrate(database.kysely, readMigrations(dir))).rejects.toThrow();
    expect(await tableExists('half_done')).toBe(false);
  });

  it('rejects badly named files', () => {
    fs.writeFileSync(path.join(dir, 'oops.sql'), 'select 1;');
    expect(() => readMigrations(dir)).toThrow(/0001_name.sql/);
  });
});
