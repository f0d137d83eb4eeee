// SQL for HI cards. The card check reads a holder's latest cards by person id
// (hi_card_person_idx) or SI number (hi_card_si_idx), as prepared statements.
import type { Insertable } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import { executePrepared } from '../../platform/db/prepared.js';
import type { HiCardTable } from './enrolment.tables.js';

type Handle = Db | Tx;

const COLUMNS = [
  'id',
  'person_id',
  'card_number',
  'group_code',
  'benefit_level',
  'province_code',
  'si_number',
  'facility_code',
  'valid_from',
  'valid_to',
  'five_years_from',
  'issued_on',
  'status',
  'revoked_reason',
] as const;

export function cardsOfPerson(db: Handle, personId: number, limit = 10) {
  return executePrepared(
    db,
    db
      .selectFrom('hi_card')
      .select(COLUMNS)
      .where('person_id', '=', personId)
      .orderBy('valid_from', 'desc')
      .limit(limit),
  );
}

/** By SI number (hi_card_si_idx): lets the card check look up holder and cards at once. */
export function cardsOfSiNumber(db: Handle, siNumber: string, limit = 10) {
  return executePrepared(
    db,
    db
      .selectFrom('hi_card')
      .select(COLUMNS)
      .where('si_number', '=', siNumber)
      .orderBy('valid_from', 'desc')
      .limit(limit),
  );
}

export type CardRow = Awaited<ReturnType<typeof cardsOfPerson>>[number];

export function cardById(db: Handle, id: number) {
  return db.selectFrom('hi_card').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function insertCard(trx: Tx, row: Insertable<HiCardTable>) {
  return trx.insertInto('hi_card').values(row).returning(COLUMNS).executeTakeFirstOrThrow();
}

export function revokeCard(trx: Tx, id: number, reason: string) {
  return trx
    .updateTable('hi_card')
    .set({ status: 'revoked', revoked_reason: reason })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .returning(COLUMNS)
    .executeTakeFirst();
}
