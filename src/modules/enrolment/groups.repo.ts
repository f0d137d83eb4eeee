// Participant groups (mã đối tượng) valid at a date: the level of a group changes over time.
import type { Db, Tx } from '../../db-schema.js';

export function groupsAt(db: Db | Tx, at: string) {
  return db
    .selectFrom('participant_group')
    .selectAll()
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .orderBy('benefit_level')
    .orderBy('code')
    .execute();
}

export async function groupAt(db: Db | Tx, code: string, at: string) {
  const rows = await groupsAt(db, at);
  return rows.find((g) => g.code === code);
}

/** Every version of every group valid at some time in [from, to): for the contributions rules. */
export function groupsOverlapping(db: Db | Tx, from: string, to: string) {
  return db
    .selectFrom('participant_group')
    .selectAll()
    .where('valid_from', '<', to)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', from)]))
    .orderBy('code')
    .orderBy('valid_from')
    .execute();
}
