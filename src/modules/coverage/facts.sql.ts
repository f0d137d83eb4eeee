// The SQL of the coverage facts, composed from the registry's and enrolment's exported query
// builders (this module never names their tables): one aggregate INSERT … SELECT per month,
// and the ±1 of one person's change. Ages are taken on the count day, in SQL.
import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db-schema.js';
import { coverAt } from '../enrolment/index.js';
import { residentsOn } from '../registry/index.js';
import { AGE_BANDS, monthEnd } from './facts.rules.js';

/** The age band on `at` of a birth date column, as a CASE over AGE_BANDS (highest first). */
export function ageBandSql(birthDate: string, at: string): RawBuilder<string> {
  const age = sql`extract(year from age(${at}::date, ${sql.ref(birthDate)}))`;
  const bands = [...AGE_BANDS].reverse();
  const whens = bands
    .slice(0, -1)
    .map((b) => sql`when ${age} >= ${sql.lit(b.from)} then ${sql.lit(b.code)}`);
  return sql<string>`(case ${sql.join(whens, sql` `)} else ${sql.lit(bands.at(-1)!.code)} end)`;
}

const KEY = ['month', 'commune_id', 'scheme', 'group_code', 'sex', 'age_band'] as const;

/** Participants on `month`'s last day by commune, scheme, group, sex and age band. */
function monthAggregate(trx: Tx, month: string) {
  const at = monthEnd(month);
  return trx
    .selectFrom(coverAt(trx, at).as('c'))
    .innerJoin(residentsOn(trx, { at }).as('r'), 'r.person_id', 'c.person_id')
    .select([
      sql<string>`${month}::date`.as('month'),
      'r.commune_id',
      'c.scheme',
      'c.group_code',
      'r.sex',
      ageBandSql('r.birth_date', at).as('age_band'),
      sql<number>`count(*)::int`.as('participants'),
    ])
    .groupBy([sql.ref('r.commune_id'), 'c.scheme', 'c.group_code', 'r.sex', sql.ref('age_band')]);
}

/** Replaces the facts of one month ('YYYY-MM-01'); returns the rows and participants written. */
export async function writeMonth(trx: Tx, month: string) {
  await trx.deleteFrom('coverage_fact').where('month', '=', month).execute();
  await trx
    .insertInto('coverage_fact')
    .columns([...KEY, 'participants'])
    .expression(monthAggregate(trx, month))
    .execute();
  await trx.deleteFrom('coverage_total').where('month', '=', month).execute();
  await sql`
    insert into coverage_total (month, commune_id, scheme, participants)
    select month, commune_id, scheme, sum(participants)::int from coverage_fact
    where month = ${month}::date group by 1, 2, 3`.execute(trx);
  const row = await trx
    .selectFrom('coverage_fact')
    .select([
      sql<number>`count(*)::int`.as('rows'),
      sql<number>`coalesce(sum(participants), 0)::int`.as('participants'),
    ])
    .where('month', '=', month)
    .executeTakeFirstOrThrow();
  return { rows: row.rows, participants: row.participants };
}

/** One period of a person on `month`'s last day, counted once more. */
export async function addOne(
  trx: Tx,
  month: string,
  personId: number,
  scheme: string,
  group: string,
) {
  const at = monthEnd(month);
  const added = await trx
    .insertInto('coverage_fact')
    .columns([...KEY, 'participants'])
    .expression(
      trx
        .selectFrom(residentsOn(trx, { at, personIds: [personId] }).as('r'))
        .select([
          sql<string>`${month}::date`.as('month'),
          'r.commune_id',
          sql<string>`${scheme}`.as('scheme'),
          sql<string>`${group}`.as('group_code'),
          'r.sex',
          ageBandSql('r.birth_date', at).as('age_band'),
          sql<number>`1`.as('participants'),
        ]),
    )
    .onConflict((oc) =>
      oc.columns([...KEY]).doUpdateSet({ participants: sql`coverage_fact.participants + 1` }),
    )
    .returning('commune_id')
    .execute()
    .then((rows) => rows.map((r) => r.commune_id));
  for (const communeId of added) await bumpTotal(trx, month, communeId, scheme, 1);
}

/** The same ±1 on coverage_total (a row at 0 is removed). */
async function bumpTotal(trx: Tx, month: string, communeId: number, scheme: string, by: 1 | -1) {
  const row = await trx
    .insertInto('coverage_total')
    .values({ month, commune_id: communeId, scheme, participants: Math.max(by, 0) })
    .onConflict((oc) =>
      oc
        .columns(['month', 'scheme', 'commune_id'])
        .doUpdateSet({ participants: sql`coverage_total.participants + ${by}` }),
    )
    .returning('participants')
    .executeTakeFirstOrThrow();
  if (row.participants === 0)
    await trx
      .deleteFrom('coverage_total')
      .where('month', '=', month)
      .where('scheme', '=', scheme)
      .where('commune_id', '=', communeId)
      .execute();
}

/** One period of a person on `month`'s last day, counted once less (a row at 0 is removed). */
export async function removeOne(
  trx: Tx,
  month: string,
  personId: number,
  scheme: string,
  group: string,
) {
  const at = monthEnd(month);
  const updated = await trx
    .updateTable('coverage_fact as f')
    .from(residentsOn(trx, { at, personIds: [personId] }).as('r'))
    .set({ participants: sql`f.participants - 1` })
    .where('f.month', '=', month)
    .where('f.scheme', '=', scheme)
    .where('f.group_code', '=', group)
    .whereRef('f.commune_id', '=', 'r.commune_id')
    .whereRef('f.sex', '=', 'r.sex')
    .where('f.age_band', '=', ageBandSql('r.birth_date', at))
    .returning(['f.commune_id', 'f.sex', 'f.age_band', 'f.participants'])
    .execute();
  for (const u of updated) await bumpTotal(trx, month, u.commune_id, scheme, -1);
  for (const u of updated.filter((x) => x.participants === 0))
    await trx
      .deleteFrom('coverage_fact')
      .where('month', '=', month)
      .where('commune_id', '=', u.commune_id)
      .where('scheme', '=', scheme)
      .where('group_code', '=', group)
      .where('sex', '=', u.sex)
      .where('age_band', '=', u.age_band)
      .execute();
}
