// Bulk loading with COPY … FROM STDIN (CSV) on either engine, for imports and the generator:
// PostgreSQL streams through pg-copy-streams; PGlite reads each chunk from a blob. COPY runs on
// a connection of its own, outside any Kysely transaction: callers load into staging tables
// (or into a fresh database) and merge with SQL inside their transaction.
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | boolean | null;

/** Writes CSV chunks (each a string of whole lines) into `table (columns)`. */
type CopyFn = (
  table: string,
  columns: readonly string[],
  chunks: AsyncIterable<string>,
) => Promise<void>;

/** keyed by the Kysely instance, so services holding only `db` can COPY */
const copiers = new WeakMap<object, CopyFn>();

const IDENT = /^[a-z_][a-z0-9_]*$/;
/** a table may be schema-qualified (imports stage rows in `import_staging.job_<id>`) */
const TABLE = /^([a-z_][a-z0-9_]*\.)?[a-z_][a-z0-9_]*$/;
function statement(table: string, columns: readonly string[]) {
  if (!TABLE.test(table)) throw new Error(`copy: not a plain table name: ${table}`);
  for (const name of columns)
    if (!IDENT.test(name)) throw new Error(`copy: not a plain identifier: ${name}`);
  return `copy ${table} (${columns.join(', ')}) from stdin with (format csv)`;
}

/** One CSV field: quoted only when needed; null is the empty unquoted field (COPY's NULL). */
export function csvField(value: CopyValue): string {
  if (value === null) return '';
  const text = String(value);
  if (text === '') return '""';
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CopyValue[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

export function registerPostgresCopy(kysely: Kysely<unknown>, pool: pg.Pool): void {
  copiers.set(kysely, async (table, columns, chunks) => {
    const client = await pool.connect();
    try {
      await pipeline(Readable.from(chunks), client.query(copyFrom(statement(table, columns))));
    } finally {
      client.release();
    }
  });
}

export function registerPgliteCopy(kysely: Kysely<unknown>, pglite: PGlite): void {
  copiers.set(kysely, async (table, columns, chunks) => {
    const sqlText = statement(table, columns).replace('from stdin', "from '/dev/blob'");
    // PGlite has one connection: each chunk is its own COPY, so callers keep chunks large.
    // Each chunk holds Kysely's lock on that connection, so a COPY never lands inside another
    // caller's open transaction (a server importing while it answers requests).
    for await (const chunk of chunks) {
      if (chunk.length === 0) continue;
      const blob = new Blob([chunk]);
      await kysely.connection().execute(() => pglite.query(sqlText, [], { blob }));
    }
  });
}

/** COPY the CSV chunks into a table of the database behind `db`. */

export async function copyCsv(
  db: object,
  table: string,
  columns: readonly string[],
  chunks: AsyncIterable<string>,
) {
  const copy = copiers.get(db);
  if (!copy) throw new Error('copy: this Kysely instance was not opened by openDatabase');
  await copy(table, columns, chunks);
}

/** COPY rows given as arrays of values, grouped into chunks of `chunkRows` lines. */
export async function copyRows(
  db: object,
  table: string,
  columns: readonly string[],
  rows: AsyncIterable<readonly CopyValue[]> | Iterable<readonly CopyValue[]>,
  chunkRows = 20_000,
) {
  async function* chunks() {
    let lines: string[] = [];
    for await (const row of rows) {
      lines.push(csvLine(row));
      if (lines.length >= chunkRows) {
        yield lines.join('');
        lines = [];
      }
    }
    if (lines.length > 0) yield lines.join('');
  }
  await copyCsv(db, table, columns, chunks());
}
