// What an employer declared for compulsory social insurance at a date: the contribution
// salary per employee (registry compares it with employments to flag under-declaration).
import { sql } from 'kysely';
import type { Db } from '../../db-schema.js';

export async function declaredSalaries(db: Db, employerId: number, at: string) {
  const rows = await db
    .selectFrom('coverage_period')
    .select(['person_id', 'contribution_salary'])
    .where('employer_id', '=', employerId)
    .where('scheme', '=', 'si_compulsory')
    .where('valid_from', '<=', at)
    .where(sql<boolean>`(valid_to is null or valid_to > ${at})`)
    .execute();
  return new Map(rows.map((r) => [r.person_id, r.contribution_salary]));
}
