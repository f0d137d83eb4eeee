// SQL for role assignments and the grants (permission × scope) they add up to.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import type { RoleAssignmentTable } from './auth.tables.js';

type Handle = Db | Tx;

const COLUMNS = [
  'a.id',
  'a.user_id',
  'a.role_code',
  'a.scope_kind',
  'a.unit_id',
  'a.facility_code',
  'a.employer_tax_code',
  'a.valid_from',
  'a.valid_to',
  'r.name_vi',
  'r.name_en',
] as const;

export function assignmentsOf(db: Handle, userIds: readonly number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('role_assignment as a')
    .innerJoin('role as r', 'r.code', 'a.role_code')
    .select(COLUMNS)
    .where('a.user_id', 'in', [...userIds])
    .orderBy('a.valid_from')
    .orderBy('a.id')
    .execute();
}

export type AssignmentRow = Awaited<ReturnType<typeof assignmentsOf>>[number];

export function assignmentById(db: Handle, userId: number, id: number) {
  return db
    .selectFrom('role_assignment as a')
    .innerJoin('role as r', 'r.code', 'a.role_code')
    .select(COLUMNS)
    .where('a.user_id', '=', userId)
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export type NewAssignment = Omit<RoleAssignmentTable, 'id' | 'created_at'>;

export async function insertAssignment(trx: Tx, row: NewAssignment): Promise<number> {
  const saved = await trx
    .insertInto('role_assignment')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return saved.id;
}

export async function endAssignment(trx: Tx, id: number, on: string): Promise<void> {
  await trx.updateTable('role_assignment').set({ valid_to: on }).where('id', '=', id).execute();
}

export async function deleteAssignment(trx: Tx, id: number): Promise<void> {
  await trx.deleteFrom('role_assignment').where('id', '=', id).execute();
}

export interface GrantRow {
  permission_code: string;
  scope_kind: RoleAssignmentTable['scope_kind'];
  unit_id: number | null;
  facility_code: string | null;
  employer_tax_code: string | null;
}

/** The permissions a user holds on a date, each with the scope of the assignment giving it. */
export function grantsOf(db: Handle, userId: number, at: string): Promise<GrantRow[]> {
  return db
    .selectFrom('role_assignment as a')
    .innerJoin('role_permission as p', 'p.role_code', 'a.role_code')
    .select([
      'p.permission_code',
      'a.scope_kind',
      'a.unit_id',
      'a.facility_code',
      'a.employer_tax_code',
    ])
    .where('a.user_id', '=', userId)
    .where('a.valid_from', '<=', at)
    .where(sql<boolean>`(a.valid_to is null or a.valid_to > ${at}::date)`)
    .execute();
}
