// Query builders other modules compose into their own aggregate SQL (the contributions
// simulation): the persons living in a set of communes on a date, with their birth date and the
// statuses (poor, near-poor, pupil…) valid on that date, and the holders of some statuses.
// Nothing is executed here, and nothing leaves the database but what the caller aggregates.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';

export interface ResidentsOptions {
  /** communes (admin_unit ids, any version) whose residents are wanted */
  communeIds: readonly number[];
  at: string;
  /** the status codes the caller cares about, in the order of the bits of `status_bits` */
  statuses: readonly string[];
  /** optional narrowing: born in (bornAfter, bornOnOrBefore] (an age band at `at`) */
  bornAfter?: string | undefined;
  bornOnOrBefore?: string | undefined;
  /** optional narrowing: holds at least one of these statuses on `at` (among `statuses`) */
  anyStatus?: readonly string[] | undefined;
}

const validAt = (from: string, to: string, at: string) =>
  sql<boolean>`${sql.ref(from)} <= ${at}::date and (${sql.ref(to)} is null or ${sql.ref(to)} > ${at}::date)`;

/** The mask of some statuses in `status_bits`: bit i stands for `statuses[i]` (at most 63). */
export function statusMask(statuses: readonly string[], wanted: readonly string[]): string {
  let mask = 0n;
  for (const w of wanted) {
    const i = statuses.indexOf(w);
    if (i >= 0) mask |= 1n << BigInt(i);
  }
  return mask.toString();
}

/**
 * The ids of persons holding one of `statuses` on `at`, as an uncorrelated subquery: in
 * `person_id in (…)` PostgreSQL hashes it once and probes it per row.
 */
export function holdersOf(db: Db | Tx, statuses: readonly string[], at: string) {
  return db
    .selectFrom('person_status as s')
    .select('s.person_id')
    .where('s.status', '=', sql<string>`any(${[...statuses]}::text[])`)
    .where(validAt('s.valid_from', 's.valid_to', at));
}

/**
 * (person_id, commune_id, commune_code, birth_date, status_bits) of each person whose residence
 * on `at` is in one of the communes; `status_bits` has bit i set when `statuses[i]` holds on
 * `at` (0: none). Served by a scan of person_residence joined by hash to person. `status_bits`
 * is a correlated subquery (person_status_person_idx), evaluated only where the caller's SQL
 * reads it: a caller that needs it for a few rows (e.g. only the uncovered eligible) pays a
 * probe for those rows, not a pass over every status of the registry. A condition on statuses
 * over all rows should use `holdersOf` instead.
 */
export function residentsAt(db: Db | Tx, o: ResidentsOptions) {
  if (o.statuses.length > 63) throw new RangeError('at most 63 statuses');
  const codes = [...o.statuses];
  const bits = db
    .selectFrom('person_status as s')
    .select(
      sql<number>`bit_or(1::bigint << (array_position(${codes}::text[], s.status) - 1))`.as('bits'),
    )
    .where('s.person_id', '=', sql.ref<number>('r.person_id'))
    .where('s.status', '=', sql<string>`any(${codes}::text[])`)
    .where(validAt('s.valid_from', 's.valid_to', o.at));
  let q = db
    .selectFrom('person_residence as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .innerJoin('admin_unit as u', 'u.id', 'r.commune_id')
    .select([
      'r.person_id',
      'r.commune_id',
      'u.code as commune_code',
      'p.birth_date',
      sql<number>`coalesce((${bits}), 0)`.as('status_bits'),
    ])
    .where('r.commune_id', '=', sql<number>`any(${[...o.communeIds]}::bigint[])`)
    .where(validAt('r.valid_from', 'r.valid_to', o.at));
  if (o.bornAfter) q = q.where('p.birth_date', '>', o.bornAfter);
  if (o.bornOnOrBefore) q = q.where('p.birth_date', '<=', o.bornOnOrBefore);
  if (o.anyStatus) q = q.where('r.person_id', 'in', holdersOf(db, o.anyStatus, o.at));
  return q;
}

export interface ResidentsOnOptions {
  at: string;
  /** communes (admin_unit ids, any version); every commune when absent */
  communeIds?: readonly number[] | undefined;
  /** persons wanted; every person when absent */
  personIds?: readonly number[] | undefined;
}

/**
 * (person_id, commune_id, sex, birth_date) of each person resident on `at` (at most one row per
 * person: person_residence_excl), for aggregates by place, sex and age (the coverage facts).
 */
export function residentsOn(db: Db | Tx, o: ResidentsOnOptions) {
  let q = db
    .selectFrom('person_residence as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select(['r.person_id', 'r.commune_id', 'p.sex', 'p.birth_date'])
    .where(validAt('r.valid_from', 'r.valid_to', o.at));
  if (o.communeIds)
    q = q.where('r.commune_id', '=', sql<number>`any(${[...o.communeIds]}::bigint[])`);
  if (o.personIds) q = q.where('r.person_id', '=', sql<number>`any(${[...o.personIds]}::bigint[])`);
  return q;
}

/** The status codes the registry knows (person_status_kind). */
export async function statusKindCodes(db: Db | Tx): Promise<string[]> {
  const rows = await db.selectFrom('person_status_kind').select('code').orderBy('code').execute();
  return rows.map((r) => r.code);
}

/**
 * (person_id, commune_id, sex, birth_date, valid_from, valid_to) of every residence overlapping
 * [from, to]: residentsOn for several days in one pass.
 */
export function residencesDuring(db: Db | Tx, from: string, to: string) {
  return db
    .selectFrom('person_residence as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select(['r.person_id', 'r.commune_id', 'p.sex', 'p.birth_date', 'r.valid_from', 'r.valid_to'])
    .where('r.valid_from', '<=', to)
    .where(sql<boolean>`(r.valid_to is null or r.valid_to > ${from}::date)`);
}
