// SQL for a person's profile: household, statuses, residences, employments.
import { sql } from 'kysely';
import type { Db } from '../../db-schema.js';

export function householdById(db: Db, id: number) {
  return db
    .selectFrom('household')
    .select(['id', 'code', 'address'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Members in the caller's reach (null = national), head first. */
export function householdMembers(db: Db, householdId: number, reachIds: number[] | null) {
  let query = db
    .selectFrom('person')
    .select(['id', 'full_name', 'birth_date', 'sex', 'household_relation'])
    .where('household_id', '=', householdId)
    .orderBy(sql`household_relation = 'head'`, 'desc')
    .orderBy('birth_date');
  if (reachIds) query = query.where('commune_id', '=', sql<number>`any(${reachIds}::bigint[])`);
  return query.execute();
}

export function statusesOf(db: Db, personId: number) {
  return db
    .selectFrom('person_status as s')
    .innerJoin('person_status_kind as k', 'k.code', 's.status')
    .select(['s.status', 'k.label_vi', 'k.label_en', 's.source', 's.valid_from', 's.valid_to'])
    .where('s.person_id', '=', personId)
    .orderBy('s.valid_from', 'desc')
    .execute();
}

export function residencesOf(db: Db, personId: number) {
  return db
    .selectFrom('person_residence')
    .select(['commune_id', 'valid_from', 'valid_to'])
    .where('person_id', '=', personId)
    .orderBy('valid_from', 'desc')
    .execute();
}

export function employmentsOf(db: Db, personId: number) {
  return db
    .selectFrom('employment as e')
    .innerJoin('employer as r', 'r.id', 'e.employer_id')
    .select([
      'e.employer_id',
      'r.tax_code',
      'r.name',
      'e.monthly_salary',
      'e.valid_from',
      'e.valid_to',
    ])
    .where('e.person_id', '=', personId)
    .orderBy('e.valid_from', 'desc')
    .execute();
}
