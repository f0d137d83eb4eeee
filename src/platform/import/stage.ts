// The staging table of one import job: created in the import_staging schema, filled by COPY
// (on its own connection, outside the transaction), checked and merged with SQL, dropped.
import { sql } from 'kysely';
import { copyCsv } from '../db/copy.js';
import type { AnyDb, ImportSpec, LineProblem, StageRange } from './spec.js';

export function stageTable(jobId: number) {
  return `import_staging.job_${jobId}`;
}

export async function createStage(
  db: AnyDb,
  table: string,
  spec: ImportSpec<unknown>,
  batch: boolean,
) {
  const columns = spec.stage.map((c) => `${c.name} ${c.type}`).join(', ');
  await sql`drop table if exists ${sql.table(table)}`.execute(db);
  // unlogged: staged rows are rebuilt from the file after a crash, never recovered
  await sql
    .raw(
      `create unlogged table ${table} (line integer not null, ${columns}, rejected boolean not null default false)`,
    )
    .execute(db);
  if (batch) {
    // batches look earlier lines up by key and their own lines by number
    await sql.raw(`create index on ${table} (${spec.key.join(', ')})`).execute(db);
    await sql.raw(`create index on ${table} (line)`).execute(db);
  }
}

export async function dropStage(db: AnyDb, table: string) {
  await sql`drop table if exists ${sql.table(table)}`.execute(db);
}

export async function copyIntoStage(
  db: AnyDb,
  table: string,
  spec: ImportSpec<unknown>,
  chunks: AsyncIterable<string>,
) {
  await copyCsv(db, table, ['line', ...spec.stage.map((c) => c.name)], chunks);
  // fresh statistics, or the checks and the merge plan for an empty table
  await sql`analyze ${sql.table(table)}`.execute(db);
}

/** Rows of the range whose natural key an earlier line of the file already had. */
export async function duplicateKeys(
  db: AnyDb,
  range: StageRange,
  spec: ImportSpec<unknown>,
): Promise<LineProblem[]> {
  const same = spec.key.map((k) => `t.${k} = s.${k}`).join(' and ');
  const { rows } = await sql<{ line: number; first: number }>`
    select s.line, min(t.line) as first
    from ${sql.table(range.table)} s join ${sql.table(range.table)} t on ${sql.raw(same)} and t.line < s.line
    where s.line > ${range.fromLine} and s.line <= ${range.toLine}
    group by s.line`.execute(db);
  return rows.map((r) => ({
    line: r.line,
    field: spec.keyField,
    code: 'DUPLICATE_IN_FILE',
    message: `the same ${spec.keyField} as line ${r.first}`,
    messageVi: `trùng ${spec.keyField} với dòng ${r.first}`,
  }));
}

export async function markRejected(db: AnyDb, table: string, lines: readonly number[]) {
  if (lines.length === 0) return;
  await sql`update ${sql.table(table)} set rejected = true where line = any(${[...new Set(lines)]}::int[])`.execute(
    db,
  );
}

/** Staged rows of the range that passed every check. */
export async function acceptedCount(db: AnyDb, range: StageRange): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(range.table)}
    where line > ${range.fromLine} and line <= ${range.toLine} and not rejected`.execute(db);
  return rows[0]!.n;
}

/** `from <stage> s where <rows of the range still accepted>`, for specs' checks and merges. */
export function fromStage(range: StageRange) {
  return sql`from ${sql.table(range.table)} s where ${inStage(range)}`;
}

/** The condition on staging rows `s` of the range still accepted, for queries with joins. */
export function inStage(range: StageRange) {
  return sql`s.line > ${range.fromLine} and s.line <= ${range.toLine} and not s.rejected`;
}

/** Problems for the lines a check query returned. */
export function problemsAt(
  lines: readonly { line: number }[],
  field: string,
  code: string,
  message: string,
  messageVi: string,
): LineProblem[] {
  return lines.map(({ line }) => ({ line, field, code, message, messageVi }));
}
