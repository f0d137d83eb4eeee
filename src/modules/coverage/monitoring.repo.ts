// Reads of coverage_fact for monitoring: one month's participants over a set of communes.
import { sql } from 'kysely';
import type { Db } from '../../db-schema.js';

/** Whether any fact row exists for the month ('YYYY-MM-01'): a month never built has none. */
export async function monthBuilt(db: Db, month: string): Promise<boolean> {
  const row = await db
    .selectFrom('coverage_fact')
    .select('month')
    .where('month', '=', month)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Sum of participants of the schemes in the month; communeIds null = the whole country. */
export async function sumParticipants(
  db: Db,
  month: string,
  schemes: readonly string[],
  communeIds: readonly number[] | null,
): Promise<number> {
  let q = db
    .selectFrom('coverage_fact')
    .select(sql<string>`coalesce(sum(participants), 0)::text`.as('n'))
    .where('month', '=', month)
    .where('scheme', 'in', [...schemes]);
  if (communeIds !== null) {
    if (communeIds.length === 0) return 0;
    q = q.where('commune_id', 'in', [...communeIds]);
  }
  return Number((await q.executeTakeFirstOrThrow()).n);
}
