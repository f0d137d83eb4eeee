// SQL for persons. Every read takes the caller's reach and filters in the WHERE clause.
import { sql, type Insertable } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import { escapeLike } from '../../platform/text.js';
import type { Reach } from '../auth/index.js';
import type { PersonTable } from './registry.tables.js';

type Handle = Db | Tx;

const COLUMNS = [
  'id',
  'national_id',
  'full_name',
  'birth_date',
  'sex',
  'phone',
  'commune_id',
  'si_number',
  'ethnicity',
  'household_id',
  'household_relation',
] as const;

export interface PersonFilter {
  /** a national ID, or its first digits for callers who see identifiers in full */
  nationalId?: { digits: string; prefix: boolean };
  /** a whole SI number (typed, or the last 10 characters of a card number) */
  siNumber?: string;
  /** words of the name, lower case without diacritics */
  nameKey?: string;
  /** unit ids the caller asked to narrow to (already intersected with nothing: see service) */
  unitIds?: number[];
  afterId?: number;
  limit: number;
}

function scoped(db: Handle, reach: Reach) {
  let query = db.selectFrom('person').select(COLUMNS);
  // person_commune_idx serves commune_id = any(…) with the id keyset
  if (!reach.all)
    query = query.where('commune_id', '=', sql<number>`any(${reach.unitIds}::bigint[])`);
  return query;
}

export function listPersons(db: Handle, reach: Reach, f: PersonFilter) {
  let query = scoped(db, reach).orderBy('id').limit(f.limit);
  if (f.unitIds) query = query.where('commune_id', '=', sql<number>`any(${f.unitIds}::bigint[])`);
  if (f.afterId) query = query.where('id', '>', f.afterId);
  if (f.nationalId?.prefix) query = query.where('national_id', 'like', `${f.nationalId.digits}%`);
  else if (f.nationalId) query = query.where('national_id', '=', f.nationalId.digits);
  if (f.siNumber) query = query.where('si_number', '=', f.siNumber);
  if (f.nameKey) query = query.where('search_key', 'like', `%${escapeLike(f.nameKey)}%`);
  return query.execute();
}

export type PersonRow = Awaited<ReturnType<typeof listPersons>>[number];

export function personById(db: Handle, reach: Reach, id: number) {
  return scoped(db, reach).where('id', '=', id).executeTakeFirst();
}

export async function insertPerson(trx: Tx, row: Insertable<PersonTable>) {
  return trx.insertInto('person').values(row).returning(COLUMNS).executeTakeFirstOrThrow();
}

/** Persons per unit id, among the given ids: aggregates carry no names. */
export async function countByCommune(db: Handle, unitIds: number[]) {
  const rows = await db
    .selectFrom('person')
    .select(['commune_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('commune_id', '=', sql<number>`any(${unitIds}::bigint[])`)
    .groupBy('commune_id')
    .execute();
  return new Map(rows.map((r) => [r.commune_id, Number(r.n)]));
}
