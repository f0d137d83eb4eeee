// Reads for the board: coverage_total (month × commune × scheme) for the live figures and
// coverage_fact for the breakdowns. Commune lists are today's scopes from geo (ids of every
// version of the communes, so months before the 2025 merger count too).
import { sql } from 'kysely';
import type { Db } from '../../db-schema.js';

/** Participants of the schemes in the month, per commune id. */
export async function totalsByCommune(db: Db, month: string, schemes: readonly string[]) {
  const { rows } = await sql<{ commune_id: number; n: number }>`
    select commune_id::int as commune_id, sum(participants)::int as n from coverage_total
    where month = ${month}::date and scheme = any(${[...schemes]}::text[])
    group by 1`.execute(db);
  return new Map(rows.map((r) => [r.commune_id, r.n]));
}

/** The months among `months` ('YYYY-MM-01') with facts built: one index probe each. */
export async function monthsBuilt(db: Db, months: readonly string[]): Promise<Set<string>> {
  if (months.length === 0) return new Set();
  const { rows } = await sql<{ month: string }>`
    select to_char(m, 'YYYY-MM-DD') as month from unnest(${[...months]}::date[]) m
    where exists (select 1 from coverage_total t where t.month = m)`.execute(db);
  return new Set(rows.map((r) => r.month));
}

export interface BreakdownRow {
  group_code: string;
  sex: string;
  age_band: string;
  n: number;
}

/** Participants of the month by group, sex and age band over the communes (null = country). */
export async function breakdownRows(
  db: Db,
  month: string,
  schemes: readonly string[],
  communeIds: readonly number[] | null,
): Promise<BreakdownRow[]> {
  if (communeIds?.length === 0) return [];
  const within = communeIds ? sql`and commune_id = any(${[...communeIds]}::bigint[])` : sql``;
  const { rows } = await sql<BreakdownRow>`
    select group_code, sex, age_band, sum(participants)::int as n from coverage_fact
    where month = ${month}::date and scheme = any(${[...schemes]}::text[]) ${within}
    group by 1, 2, 3`.execute(db);
  return rows;
}
