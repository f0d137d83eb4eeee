// SQL for HI cards. The card check reads a holder and their latest cards by person id
// (hi_card_person_idx) in one prepared statement.
import type { Insertable, SelectQueryBuilder } from 'kysely';
import type { DB, Db, Tx } from '../../db-schema.js';
import { executePrepared } from '../../platform/db/prepared.js';
import type { HolderRow } from '../registry/index.js';
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

/**
 * The holder (the registry's query) and their latest cards in one prepared statement: the
 * card check's single round trip (person_si_number / national_id index, then
 * hi_card_person_idx for each holder found).
 */
export async function holderWithCards(
  db: Db,
  holder: SelectQueryBuilder<DB, 'person', HolderRow>,
  limit = 10,
): Promise<{ holder: HolderRow | undefined; cards: CardRow[] }> {
  const rows = await executePrepared(
    db,
    db
      .selectFrom(holder.as('h'))
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('hi_card')
            .select(COLUMNS)
            .whereRef('hi_card.person_id', '=', 'h.id')
            .orderBy('valid_from', 'desc')
            .limit(limit)
            .as('c'),
        (join) => join.onTrue(),
      )
      .select(['h.id as holder_id', 'h.full_name', 'h.birth_date', 'h.sex'])
      .select('h.si_number as holder_si_number')
      .selectAll('c'),
  );
  const first = rows[0];
  if (!first) return { holder: undefined, cards: [] };
  const holderRow: HolderRow = {
    id: first.holder_id,
    full_name: first.full_name,
    birth_date: first.birth_date,
    sex: first.sex,
    si_number: first.holder_si_number,
  };
  const cards = rows.flatMap((r) => (r.id === null ? [] : [cardOf(r as CardRow)]));
  return { holder: holderRow, cards };
}

/** Only the card's own columns of a joined row. */
function cardOf(row: CardRow): CardRow {
  return Object.fromEntries(COLUMNS.map((c) => [c, row[c]])) as CardRow;
}
