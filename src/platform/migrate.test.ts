import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../tests/helpers/test-db.js';
import type { Database } from './db/database.js';
import { migrate, readMigrations } from './migrate.js';

let database: Database<unknown>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-migrations-'));

beforeAll(async () => {
  database = (await createTestDatabase()) as Database<unknown>;
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration runner', () => {
  it('finds the project migrations already applied to a seeded database', async () => {
    const report = await migrate(database.kysely);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toBe(readMigrations().length);
  });

  it('applies a new numbered file once, with several statements in it', async () => {
    const files = readMigrations();
    const next = String(files.length + 1).padStart(4, '0');
    fs.writeFileSync(
      path.join(dir, `${next}_probe.sql`),
      'create table probe (x int);\ninsert into probe values (1), (2);\n',
    );
    const all = [...files, ...readMigrations(dir)];
    expect((await migrate(database.kysely, all)).applied).toEqual([`${next}_probe.sql`]);
    expect((await migrate(database.kysely, all)).applied).toEqual([]);
    const rows = await sql<{ n: number }>`select count(*)::int as n from probe`.execute(
      database.kysely,
    );
    expect(rows.rows[0]!.n).toBe(2);
  });

  it('refuses to run when an applied file was edited', async () => {
    const files = readMigrations();
    const edited = files.map((f, i) =>
      i === 0 ? { ...f, sql: `${f.sql}\n-- edited`, checksum: 'x' } : f,
    );
    await expect(migrate(database.kysely, edited)).rejects.toMatchObject({
      code: 'MIGRATION_EDITED',
    });
  });

  it('leaves nothing behind when a pending file fails', async () => {
    const files = readMigrations();
    const broken = [
      ...files,
      { version: 9998, name: '9998_ok.sql', checksum: 'a', sql: 'create table half_done (x int);' },
      { version: 9999, name: '9999_bad.sql', checksum: 'b', sql: 'select * from no_such_table;' },
    ];
    await expect(migrate(database.kysely, broken)).rejects.toThrow();
    const exists = await sql<{
      t: string | null;
    }>`select to_regclass('half_done')::text as t`.execute(database.kysely);
    expect(exists.rows[0]!.t).toBeNull();
  });

  it('rejects badly named files', () => {
    fs.writeFileSync(path.join(dir, 'oops.sql'), 'select 1;');
    expect(() => readMigrations(dir)).toThrow(/0001_name.sql/);
  });
});
