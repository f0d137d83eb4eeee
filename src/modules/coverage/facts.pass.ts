// One pass of the facts rebuild: up to a year of month ends counted from a single join of the
// coverage periods and residences that overlap them. Each (period ∩ residence) pair is first
// reduced to the months it covers (first and last index) and its age band at both ends with
// the month it changes band (ages move at most one band in a year: bands are ≥ 6 years wide),
// then grouped; only the groups, far fewer than the pairs, are spread over the months.
import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db-schema.js';
import { coverDuring } from '../enrolment/index.js';
import { residencesDuring } from '../registry/index.js';
import { AGE_BANDS, monthEnd } from './facts.rules.js';
import { ageSql, bandOfAge } from './facts.age.js';

/** at most a year per pass: a pair then changes age band at most once */
export const MAX_MONTHS_PER_PASS = 12;

const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));

/** Inserts the facts of consecutive months ('YYYY-MM-01', ascending, ≤ 12). */
export async function insertMonths(trx: Tx, months: readonly string[]): Promise<void> {
  if (months.length === 0 || months.length > MAX_MONTHS_PER_PASS)
    throw new RangeError(`a pass counts 1 to ${MAX_MONTHS_PER_PASS} months`);
  const m0 = months[0]!;
  const last = months.length - 1;
  const [from, to] = [monthEnd(m0), monthEnd(months.at(-1)!)];
  const base = monthNumber(m0);
  const index = (d: RawBuilder<unknown>) =>
    sql`(extract(year from ${d})::int * 12 + extract(month from ${d})::int - ${sql.lit(base)})`;
  const endOf = (i: RawBuilder<unknown>) =>
    sql`((${m0}::date + make_interval(months => ${i} + 1))::date - 1)`;
  // the age a band starts at, from its code
  const fromAge = sql`(case b1 ${sql.join(
    AGE_BANDS.map((b) => sql`when ${sql.lit(b.code)} then ${sql.lit(b.from)}`),
    sql` `,
  )} end)`;
  // the month of the birthday that reaches b1 (birth_date + years lands on 28 February for a
  // leap-day birth): checked with age() at that month's end, the next month when not yet
  const k0 = sql`${index(sql`(birth_date + make_interval(years => ${fromAge}))::date`)}`;
  await sql`set local work_mem = '256MB'`.execute(trx);
  await sql`
    insert into coverage_fact (month, commune_id, scheme, group_code, sex, age_band, participants)
    with pair as (
      select r.commune_id, c.scheme, c.group_code, r.sex, r.birth_date,
             greatest(c.valid_from, r.valid_from) as vf,
             least(c.valid_to, r.valid_to) as vt
      from (${coverDuring(trx, from, to)}) c
      join (${residencesDuring(trx, from, to)}) r on r.person_id = c.person_id
    ), span as (
      select commune_id, scheme, group_code, sex, birth_date,
             greatest(0, ${index(sql`vf`)}) as fi,
             least(${sql.lit(last)}, coalesce(${index(sql`vt`)} - 1, ${sql.lit(last)})) as li
      from pair
    ), aged as (
      select commune_id, scheme, group_code, sex, fi, li, birth_date,
             ${ageSql('birth_date', endOf(sql`fi`))} as a0,
             ${ageSql('birth_date', endOf(sql`li`))} as a1
      from span where fi <= li
    ), banded as (
      select commune_id, scheme, group_code, sex, fi, li, birth_date,
             ${bandOfAge(sql`a0`)} as b0, ${bandOfAge(sql`a1`)} as b1
      from aged
    ), keyed as (
      select commune_id, scheme, group_code, sex, fi, li, b0, b1,
             case when b0 = b1 then null
                  when extract(year from age(${endOf(k0)}, birth_date)) >= ${fromAge} then ${k0}
                  else ${k0} + 1 end as k,
             count(*) as n
      from banded group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    )
    select (${m0}::date + make_interval(months => i))::date, commune_id, scheme, group_code, sex,
           case when k is null or i < k then b0 else b1 end, sum(n)::int
    from keyed cross join generate_series(fi, li) as i
    group by 1, 2, 3, 4, 5, 6`.execute(trx);
}
