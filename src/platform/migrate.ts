// Applies numbered plain-SQL migrations (`NNNN_name.sql`) in order, all pending files in one
// transaction (a failure leaves nothing half-applied), recording each file's checksum. A file
// changed after it was applied stops the run: history is fixed, corrections go in a new file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { AppError } from './errors.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

export interface MigrationFile {
  version: number;
  name: string;
  checksum: string;
  sql: string;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sql'));
  const migrations = files.map((file) => {
    const match = FILE_PATTERN.exec(file);
    if (!match) throw new Error(`Migration file name must look like 0001_name.sql: ${file}`);
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    return {
      version: Number(match[1]),
      name: file,
      checksum: createHash('sha256').update(text).digest('hex'),
      sql: text,
    };
  });
  migrations.sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (i > 0 && migrations[i - 1]!.version === m.version) {
      throw new Error(`Two migrations share version ${m.version}`);
    }
  });
  return migrations;
}

function editedError(name: string): AppError {
  return new AppError({
    code: 'MIGRATION_EDITED',
    status: 500,
    message: `Migration ${name} was edited after it was applied; add a new migration instead`,
    messageVi: `Tệp migration ${name} đã bị sửa sau khi áp dụng; hãy thêm một tệp migration mới`,
  });
}

function unknownError(name: string): AppError {
  return new AppError({
    code: 'MIGRATION_UNKNOWN',
    status: 500,
    message: `The database has migration ${name}, which this code does not have: is it older than the database?`,
    messageVi: `Cơ sở dữ liệu đã áp dụng migration ${name} mà mã nguồn này không có: phiên bản mã nguồn cũ hơn cơ sở dữ liệu?`,
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrate(db: Kysely<any>, files = readMigrations()): Promise<MigrationReport> {
  const report: MigrationReport = { applied: [], alreadyApplied: 0 };
  await db.transaction().execute(async (trx) => {
    // One migrator at a time when several servers start against the same database.
    await sql`select pg_advisory_xact_lock(7260411)`.execute(trx);
    await sql`create table if not exists schema_migration (
      version integer primary key,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`.execute(trx);
    const rows = await sql<{ version: number; name: string; checksum: string }>`
      select version, name, checksum from schema_migration`.execute(trx);
    const applied = new Map(rows.rows.map((r) => [r.version, r]));
    const known = new Set(files.map((f) => f.version));
    const unknown = rows.rows.find((r) => !known.has(r.version));
    if (unknown) throw unknownError(unknown.name);
    for (const file of files) {
      const previous = applied.get(file.version);
      if (previous) {
        if (previous.checksum !== file.checksum) throw editedError(file.name);
        report.alreadyApplied++;
        continue;
      }
      await sql.raw(file.sql).execute(trx);
      await sql`insert into schema_migration (version, name, checksum)
        values (${file.version}, ${file.name}, ${file.checksum})`.execute(trx);
      report.applied.push(file.name);
    }
  });
  return report;
}
