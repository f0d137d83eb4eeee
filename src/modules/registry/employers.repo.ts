// SQL for employers and their employees. Employers are scoped like persons, by commune; a
// user scoped to one employer (tax code) reaches that employer wherever it is.
import { sql } from 'kysely';
import type { Db } from '../../db-schema.js';
import { escapeLike } from '../../platform/text.js';
import type { Reach } from '../auth/index.js';

const COLUMNS = [
  'id',
  'tax_code',
  'name',
  'business_reg_no',
  'sector',
  'commune_id',
  'reported_employees',
  'status',
] as const;

function scoped(db: Db, reach: Reach) {
  let query = db.selectFrom('employer').select(COLUMNS);
  if (!reach.all)
    query = query.where((eb) =>
      eb.or([
        eb('commune_id', '=', sql<number>`any(${reach.unitIds}::bigint[])`),
        eb('tax_code', '=', sql<string>`any(${reach.employerTaxCodes}::text[])`),
      ]),
    );
  return query;
}

export interface EmployerFilter {
  taxCode?: string;
  nameKey?: string;
  afterId?: number;
  limit: number;
}

export function listEmployers(db: Db, reach: Reach, f: EmployerFilter) {
  let query = scoped(db, reach).orderBy('id').limit(f.limit);
  if (f.taxCode) query = query.where('tax_code', 'like', `${escapeLike(f.taxCode)}%`);
  if (f.nameKey) query = query.where('search_key', 'like', `%${escapeLike(f.nameKey)}%`);
  if (f.afterId) query = query.where('id', '>', f.afterId);
  return query.execute();
}

export type EmployerRow = Awaited<ReturnType<typeof listEmployers>>[number];

export function employerById(db: Db, reach: Reach, id: number) {
  return scoped(db, reach).where('id', '=', id).executeTakeFirst();
}

/** Employments of an employer valid at a date, with the employee's name. */
export function employeesAt(db: Db, employerId: number, at: string, limit: number) {
  return db
    .selectFrom('employment as e')
    .innerJoin('person as p', 'p.id', 'e.person_id')
    .select(['e.person_id', 'p.full_name', 'e.monthly_salary', 'e.valid_from', 'e.valid_to'])
    .where('e.employer_id', '=', employerId)
    .where('e.valid_from', '<=', at)
    .where((eb) => eb.or([eb('e.valid_to', 'is', null), eb('e.valid_to', '>', at)]))
    .orderBy('p.full_name')
    .limit(limit)
    .execute();
}
