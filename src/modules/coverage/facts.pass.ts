// One pass of the facts rebuild: up to a year of month ends counted from a single join of the
// coverage periods and residences that overlap them. Each (period ∩ residence) pair is reduced
// to the months it covers (first and last index), its age band at both ends and the month it
// changes band (ages move at most one band in a year: bands are ≥ 6 years wide), and grouped
// (materialised, so the planner cannot fold the grouping into the spread); only the groups, far
// fewer than the pairs, are then spread over the months.
import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db-schema.js';
import { coverDuring } from '../enrolment/index.js';
import { residencesDuring } from '../registry/index.js';
import { bandOfAge } from './facts.age.js';
import { AGE_BANDS, monthEnd } from './facts.rules.js';

/** at most a year per pass: a pair then changes age band at most once */
export const MAX_MONTHS_PER_PASS = 12;

const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
/** 'YYYY-MM-DD' → YYYYMMDD */
const dayKey = (day: string) => Number(day.replaceAll('-', ''));

/** Inserts the facts of consecutive months ('YYYY-MM-01', ascending, ≤ 12). */
export async function insertMonths(trx: Tx, months: readonly string[]): Promise<void> {
  // the pass sorts and hashes millions of pairs: room to do it in memory (this transaction only)
  await sql`set local work_mem = '256MB'`.execute(trx);
  await sql`
    insert into coverage_fact (month, commune_id, scheme, group_code, sex, age_band, participants)
    ${passSql(trx, months)}`.execute(trx);
}

/** The SELECT of one pass (apart, so its plan can be examined). */
export function passSql(trx: Tx, months: readonly string[]) {
  if (months.length === 0 || months.length > MAX_MONTHS_PER_PASS)
    throw new RangeError(`a pass counts 1 to ${MAX_MONTHS_PER_PASS} months`);
  const m0 = months[0]!;
  const last = months.length - 1;
  const [from, to] = [monthEnd(m0), monthEnd(months.at(-1)!)];
  const base = monthNumber(m0);
  // whole years from YYYYMMDD keys: (end − birth) div 10000, as age() counts them (a leap-day
  // birth is a year older on 1 March of a common year, not on 28 February)
  const ends = sql`${sql.lit(`{${months.map((m) => dayKey(monthEnd(m))).join(',')}}`)}::int[]`;
  const ageAt = (i: RawBuilder<unknown>) => sql`((${ends})[${i} + 1] - bk) / 10000`;
  const index = (d: RawBuilder<unknown>) =>
    sql`(extract(year from ${d})::int * 12 + extract(month from ${d})::int - ${sql.lit(base)})`;
  const fromAge = sql`(case b1 ${sql.join(
    AGE_BANDS.map((b) => sql`when ${sql.lit(b.code)} then ${sql.lit(b.from)}`),
    sql` `,
  )} end)`;
  // the month of the birthday that reaches b1's age, the next one when its end comes first
  const k0 = sql`((by + ${fromAge}) * 12 + bm - ${sql.lit(base)})`;
  return sql`
    with span as (
      select r.commune_id, c.scheme, c.group_code, r.sex,
             (extract(year from r.birth_date) * 10000 + extract(month from r.birth_date) * 100
               + extract(day from r.birth_date))::int as bk,
             extract(year from r.birth_date)::int as by, extract(month from r.birth_date)::int as bm,
             greatest(0, ${index(sql`greatest(c.valid_from, r.valid_from)`)}) as fi,
             least(${sql.lit(last)},
               coalesce(${index(sql`least(c.valid_to, r.valid_to)`)} - 1, ${sql.lit(last)})) as li
      from (${coverDuring(trx, from, to)}) c
      join (${residencesDuring(trx, from, to)}) r on r.person_id = c.person_id
    ), banded as (
      select commune_id, scheme, group_code, sex, fi, li, bk, by, bm,
             ${bandOfAge(ageAt(sql`fi`))} as b0, ${bandOfAge(ageAt(sql`li`))} as b1
      from span where fi <= li
    ), keyed as materialized (
      select commune_id, scheme, group_code, sex, fi, li, b0, b1,
             case when b0 = b1 then null
                  when ${ageAt(k0)} >= ${fromAge} then ${k0} else ${k0} + 1 end as k,
             count(*) as n
      from banded group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    )
    select (${m0}::date + make_interval(months => i))::date as month, commune_id, scheme,
           group_code, sex, case when k is null or i < k then b0 else b1 end as age_band,
           sum(n)::int as participants
    from keyed cross join generate_series(fi, li) as i
    group by 1, 2, 3, 4, 5, 6`;
}
