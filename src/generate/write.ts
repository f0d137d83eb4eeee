// Writing to the database: reserving id ranges from the tables' identity sequences, and COPY
// of each chunk table by table in foreign-key order.
import { sql } from 'kysely';
import type { Db, Tx } from '../db-schema.js';
import { copyRows } from '../platform/db/copy.js';
import { searchKey } from '../platform/text.js';
import { CHUNK_TABLES, TABLES, withIds, type Chunk, type IdTable } from './chunk.js';
import type { EmployerPlan } from './employers.js';

/**
 * Takes `count` ids from each table's sequence and returns the first of each range. Each
 * table is locked against concurrent writers (SHARE ROW EXCLUSIVE: readers go on) while its
 * sequence moves, so no insert elsewhere can take an id inside a reserved range.
 */
export async function reserveIds<T extends IdTable>(
  run: Runner,
  counts: Partial<Record<T, number>>,
) {
  const bases = {} as Record<T, number>;
  const tables = (Object.keys(counts) as T[]).sort();
  await run(async (trx) => {
    for (const table of tables) {
      const count = counts[table] ?? 0;
      bases[table] = 0;
      if (count <= 0) continue;
      await sql`lock table ${sql.table(table)} in share row exclusive mode`.execute(trx);
      const { rows } = await sql<{ first: string | number }>`
        select nextval(pg_get_serial_sequence(${table}, 'id')) as first`.execute(trx);
      const first = Number(rows[0]!.first);
      await sql`select setval(pg_get_serial_sequence(${table}, 'id'), ${first + count - 1})`.execute(
        trx,
      );
      bases[table] = first;
    }
  });
  return bases;
}

/**
 * Runs statements that belong together: in a transaction of their own, or (PGlite fast mode)
 * inside the transaction that already spans the whole run.
 */
export type Runner = <T>(fn: (db: Db | Tx) => Promise<T>) => Promise<T>;
export const ownTransaction =
  (db: Db): Runner =>
  (fn) =>
    db.transaction().execute(fn);
export const insideTransaction =
  (db: Db): Runner =>
  (fn) =>
    fn(db);

export async function writeChunk(db: Db, run: Runner, chunk: Chunk, employerBase: number) {
  const bases = { ...(await reserveIds(run, chunk.counts())), employer: employerBase };
  for (const table of CHUNK_TABLES) {
    const rows = chunk.rows[table];
    if (rows.length > 0)
      await copyRows(db, table, TABLES[table].columns, withIds(table, rows, bases), 25_000);
  }
}

const EMPLOYER_COLUMNS = [
  'id',
  'tax_code',
  'name',
  'search_key',
  'sector',
  'commune_id',
  'reported_employees',
  'status',
];

/** COPY the planned employers; returns the id of plan index 0 */
export async function writeEmployers(db: Db, run: Runner, plans: readonly EmployerPlan[]) {
  const { employer: base } = await reserveIds(run, { employer: plans.length });
  function* rows() {
    for (const e of plans)
      yield [
        base + e.index,
        e.taxCode,
        e.name,
        searchKey(e.name),
        e.sector,
        e.communeId,
        e.size,
        e.status,
      ];
  }
  await copyRows(db, 'employer', EMPLOYER_COLUMNS, rows());
  return base;
}
