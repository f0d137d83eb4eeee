// The card check at a facility's reception: by card number, national ID or SI number, with
// the name and birth date optionally, answered with a VSS-style result code. Not scoped by
// area (patients are treated anywhere); guarded by `card.check` and logged in batches.
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { todayInVietnam } from '../../platform/dates.js';
import { facilityNames, holderOf, holderQuery } from '../registry/index.js';
import { RESULT_MESSAGES } from './card-check.messages.js';
import type { CardCheckLog } from './card-check.log.js';
import { judge, keyProblem, type CheckKey } from './card-check.rules.js';
import { normaliseCardNumber } from './card-number.js';
import { cardFacts, presentCard } from './cards.presenter.js';
import { holderWithCards } from './cards.repo.js';

export interface CardCheckRequest {
  cardNumber?: string | undefined;
  nationalId?: string | undefined;
  siNumber?: string | undefined;
  fullName?: string | undefined;
  birthDate?: string | undefined;
  at?: string | undefined;
}

function keyOf(input: CardCheckRequest): CheckKey | null {
  const given = [input.cardNumber, input.nationalId, input.siNumber].filter((v) => v !== undefined);
  if (given.length !== 1) return null;
  if (input.cardNumber !== undefined)
    return { kind: 'card', value: normaliseCardNumber(input.cardNumber) };
  if (input.nationalId !== undefined)
    return { kind: 'national_id', value: input.nationalId.trim() };
  return { kind: 'si_number', value: input.siNumber!.trim() };
}

/** '05/03/1994' (as the VSS lookup takes it), '1994-03-05', or a bare year '1994'. */
function birthDateOf(text: string | undefined): string | undefined | null {
  if (text === undefined) return undefined;
  const vi = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (vi) return `${vi[3]}-${vi[2]}-${vi[1]}`;
  return /^\d{4}(-\d{2}-\d{2})?$/.test(text) ? text : null;
}

function answer(code: keyof typeof RESULT_MESSAGES, at: string) {
  const { vi, en } = RESULT_MESSAGES[code];
  return { code, message: en, messageVi: vi, at, holder: null, card: null, newCard: null };
}

/** Holder and latest cards, in one prepared statement (the SI number is in the card number). */
async function holderAndCards(db: Db, key: CheckKey) {
  const holderKey =
    key.kind === 'national_id' ? { nationalId: key.value } : { siNumber: key.value.slice(-10) };
  const { holder, cards } = await holderWithCards(db, holderQuery(db, holderKey));
  return { holder: holder && holderOf(holder), rows: cards };
}

export async function checkCard(db: Db, log: CardCheckLog, actor: Actor, input: CardCheckRequest) {
  const at = input.at ?? todayInVietnam();
  const key = keyOf(input);
  const birthDate = birthDateOf(input.birthDate);
  const problem = key === null || birthDate === null ? '205' : keyProblem(key);
  if (problem || !key || birthDate === null) {
    log.record(actor, { key_kind: key?.kind ?? 'card', result_code: problem!, person_id: null });
    return answer(problem!, at);
  }
  const { holder, rows } = await holderAndCards(db, key);
  const cards = rows.map(cardFacts);
  const verdict = judge({ key, fullName: input.fullName, birthDate, at }, holder ?? null, cards);
  log.record(actor, {
    key_kind: key.kind,
    result_code: verdict.code,
    person_id: holder?.id ?? null,
  });
  if (!verdict.card) return answer(verdict.code, at);
  const names = await facilityNames(db);
  const show = (c: ReturnType<typeof cardFacts> | null) =>
    c && presentCard(c.row, names.get(c.row.facility_code) ?? '');
  return {
    ...answer(verdict.code, at),
    holder: holder
      ? { fullName: holder.fullName, birthDate: holder.birthDate, sex: holder.sex }
      : null,
    card: show(verdict.card),
    newCard: show(verdict.newCard),
  };
}
