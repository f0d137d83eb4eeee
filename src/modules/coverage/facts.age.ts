// The age band of a birth date column on a day, in SQL (PostgreSQL age(): whole years; a person
// born on 29 February turns a year older on 1 March in common years).
import { sql, type RawBuilder } from 'kysely';
import { AGE_BANDS } from './facts.rules.js';

/** Whole years on `at` of a birth date column. */
function ageSql(birthDate: string, at: string | RawBuilder<unknown>): RawBuilder<number> {
  const day = typeof at === 'string' ? sql`${at}::date` : at;
  return sql<number>`extract(year from age(${day}, ${sql.ref(birthDate)}))`;
}

/** The age band of an age expression, as a CASE over AGE_BANDS (highest first). */
export function bandOfAge(age: RawBuilder<unknown>): RawBuilder<string> {
  const bands = [...AGE_BANDS].reverse();
  const whens = bands
    .slice(0, -1)
    .map((b) => sql`when ${age} >= ${sql.lit(b.from)} then ${sql.lit(b.code)}`);
  return sql<string>`(case ${sql.join(whens, sql` `)} else ${sql.lit(bands.at(-1)!.code)} end)`;
}

/** The age band on `at` of a birth date column. */
export function ageBandSql(
  birthDate: string,
  at: string | RawBuilder<unknown>,
): RawBuilder<string> {
  return bandOfAge(ageSql(birthDate, at));
}
