// A query builder other modules compose into their own aggregate SQL (the contributions
// simulation): (person_id, group_code) of each HI cover valid on a date. At most one row per
// person (coverage_period_excl forbids overlapping periods of one scheme). Not executed here.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';

export function hiCoverAt(db: Db | Tx, at: string) {
  return db
    .selectFrom('coverage_period as c')
    .select(['c.person_id', 'c.group_code'])
    .where('c.scheme', '=', 'hi')
    .where('c.valid_from', '<=', at)
    .where(sql<boolean>`(c.valid_to is null or c.valid_to > ${at}::date)`);
}

/** (person_id, scheme, group_code) of every coverage period, of any scheme, valid on `at`. */
export function coverAt(db: Db | Tx, at: string) {
  return db
    .selectFrom('coverage_period as c')
    .select(['c.person_id', 'c.scheme', 'c.group_code'])
    .where('c.valid_from', '<=', at)
    .where(sql<boolean>`(c.valid_to is null or c.valid_to > ${at}::date)`);
}

/**
 * (person_id, scheme, group_code, valid_from, valid_to) of every coverage period overlapping
 * [from, to]: the facts count several month ends in one pass over it.
 */
export function coverDuring(db: Db | Tx, from: string, to: string) {
  return db
    .selectFrom('coverage_period as c')
    .select(['c.person_id', 'c.scheme', 'c.group_code', 'c.valid_from', 'c.valid_to'])
    .where('c.valid_from', '<=', to)
    .where(sql<boolean>`(c.valid_to is null or c.valid_to > ${from}::date)`);
}
