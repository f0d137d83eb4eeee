// SQL on one rule table named by the catalogue (rules.catalogue.ts): list, read, insert,
// correct. Table and column names come only from the catalogue, never from a request.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import type { RuleTableSpec } from './rules.catalogue.js';
import type { Period } from './rules.periods.js';
import type { ColumnValue } from './rules.validate.js';

type Handle = Db | Tx;
export type RuleRecord = Record<string, ColumnValue> & {
  id: number;
  valid_from: string;
  valid_to: string | null;
};

const keyColumns = (spec: RuleTableSpec) => spec.fields.filter((f) => f.key).map((f) => f.column);

/** All rows, or those valid at `at`; ordered by key then start. */
export async function listRows(db: Handle, spec: RuleTableSpec, at?: string) {
  const order = [...keyColumns(spec), 'valid_from'].map((c) => sql.ref(c));
  const valid = at
    ? sql`where valid_from <= ${at} and (valid_to is null or valid_to > ${at})`
    : sql``;
  const { rows } = await sql<RuleRecord>`select * from ${sql.table(spec.table)} ${valid}
    order by ${sql.join(order)}`.execute(db);
  return rows;
}

export async function rowById(db: Handle, spec: RuleTableSpec, id: number) {
  const { rows } = await sql<RuleRecord>`select * from ${sql.table(spec.table)}
    where id = ${id}`.execute(db);
  return rows[0];
}

/** Rule edits are rare: one writer per table at a time keeps the hole check honest. */
export async function lockTable(trx: Tx, spec: RuleTableSpec) {
  await sql`lock table ${sql.table(spec.table)} in share row exclusive mode`.execute(trx);
}

/** The periods of the rows sharing this row's key. */
export async function keyPeriods(
  db: Handle,
  spec: RuleTableSpec,
  row: Record<string, ColumnValue>,
): Promise<Period[]> {
  const same = keyColumns(spec).map((c) => sql`${sql.ref(c)} = ${row[c]}`);
  const where = same.length ? sql`where ${sql.join(same, sql` and `)}` : sql``;
  const { rows } = await sql<{ from: string; to: string | null }>`
    select valid_from as "from", valid_to as "to" from ${sql.table(spec.table)} ${where}`.execute(
    db,
  );
  return rows;
}

export async function insertRow(trx: Tx, spec: RuleTableSpec, values: Record<string, ColumnValue>) {
  const columns = Object.keys(values);
  const { rows } = await sql<RuleRecord>`insert into ${sql.table(spec.table)}
    (${sql.join(columns.map((c) => sql.ref(c)))})
    values (${sql.join(columns.map((c) => values[c]))})
    returning *`.execute(trx);
  return rows[0]!;
}

export async function updateRow(
  trx: Tx,
  spec: RuleTableSpec,
  id: number,
  values: Record<string, ColumnValue>,
) {
  const sets = Object.keys(values).map((c) => sql`${sql.ref(c)} = ${values[c]}`);
  const { rows } = await sql<RuleRecord>`update ${sql.table(spec.table)}
    set ${sql.join(sets)} where id = ${id} returning *`.execute(trx);
  return rows[0]!;
}
