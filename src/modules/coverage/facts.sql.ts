// The SQL of the coverage facts, composed from the registry's and enrolment's exported query
// builders (this module never names their tables): one aggregate INSERT … SELECT per month,
// and the ±1 of one person's change. Ages are taken on the count day, in SQL.
import { sql } from 'kysely';
import type { Tx } from '../../db-schema.js';
import { residentsOn } from '../registry/index.js';
import { insertMonths } from './facts.pass.js';
import { ageBandSql } from './facts.age.js';
import { monthEnd } from './facts.rules.js';

export { ageBandSql };

const KEY = ['month', 'commune_id', 'scheme', 'group_code', 'sex', 'age_band'] as const;

/**
 * Replaces the facts (and totals) of consecutive months ('YYYY-MM-01', ascending, ≤ 12) in one
 * pass (facts.pass.ts). Returns the rows and participants written per month.
 */
export async function writeMonths(trx: Tx, months: readonly string[]) {
  await trx
    .deleteFrom('coverage_fact')
    .where('month', 'in', [...months])
    .execute();
  await trx
    .deleteFrom('coverage_total')
    .where('month', 'in', [...months])
    .execute();
  await insertMonths(trx, months);
  await sql`
    insert into coverage_total (month, commune_id, scheme, participants)
    select month, commune_id, scheme, sum(participants)::int from coverage_fact
    where month = any(${[...months]}::date[]) group by 1, 2, 3 order by 1, 3, 2`.execute(trx);
  const { rows } = await sql<{ month: string; rows: number; participants: number }>`
    select to_char(month, 'YYYY-MM') as month, count(*)::int as rows,
           coalesce(sum(participants), 0)::int as participants
    from coverage_fact where month = any(${[...months]}::date[]) group by 1`.execute(trx);
  return rows;
}

/** The person's commune, sex and age band on `month`'s last day: the key of the ±1 (none if
 * the person lived nowhere then). */
function residentKey(trx: Tx, month: string, personId: number) {
  const at = monthEnd(month);
  return trx
    .selectFrom(residentsOn(trx, { at, personIds: [personId] }).as('r'))
    .select(['r.commune_id', 'r.sex', ageBandSql('r.birth_date', at).as('age_band')]);
}

/** One period of a person on `month`'s last day, counted once more. */
export async function addOne(
  trx: Tx,
  month: string,
  personId: number,
  scheme: string,
  group: string,
) {
  const added = await trx
    .insertInto('coverage_fact')
    .columns([...KEY, 'participants'])
    .expression(
      trx
        .selectFrom(residentKey(trx, month, personId).as('k'))
        .select([
          sql<string>`${month}::date`.as('month'),
          'k.commune_id',
          sql<string>`${scheme}`.as('scheme'),
          sql<string>`${group}`.as('group_code'),
          'k.sex',
          'k.age_band',
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
  const updated = await trx
    .updateTable('coverage_fact as f')
    .from(residentKey(trx, month, personId).as('k'))
    .set({ participants: sql`f.participants - 1` })
    .where('f.month', '=', month)
    .where('f.scheme', '=', scheme)
    .where('f.group_code', '=', group)
    .whereRef('f.commune_id', '=', 'k.commune_id')
    .whereRef('f.sex', '=', 'k.sex')
    .whereRef('f.age_band', '=', 'k.age_band')
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
