// The card check's verdict, as a plain function of what the caller typed and what the registry
// holds. Result codes follow the VSS lookup (KQNhanLichSuKCB2024, ../shared reference): the
// order of checks mirrors it: the number's layout, the holder, then the card's state.
import { searchKey } from '../../platform/text.js';
import { splitCardNumber, isCardError } from './card-number.js';

export type CheckKey =
  | { kind: 'card'; value: string }
  | { kind: 'national_id'; value: string }
  | { kind: 'si_number'; value: string };

export interface CheckInput {
  key: CheckKey;
  fullName?: string | undefined;
  /** 'YYYY-MM-DD', or 'YYYY' for holders registered with the birth year only */
  birthDate?: string | undefined;
  at: string;
}

export interface HolderFacts {
  fullName: string;
  birthDate: string;
}

export interface CardFacts {
  cardNumber: string;
  groupCode: string;
  benefitLevel: number;
  provinceCode: string;
  validFrom: string;
  /** exclusive end */
  validTo: string;
  status: 'active' | 'revoked';
}

export type ResultCode =
  '000' | '003' | '004' | '010' | '050' | '051' | '052' | '053' | '060' | '070' | '110' | '205';

export interface Verdict<C extends CardFacts = CardFacts> {
  code: ResultCode;
  /** the card the answer is about: the presented one, or the holder's latest */
  card: C | null;
  /** the holder's latest card when the presented one was replaced (003/004) */
  newCard: C | null;
}

/** Layout errors decided before any lookup: 205 for a malformed key, 051 for a bad card. */
export function keyProblem(key: CheckKey): ResultCode | null {
  if (key.kind === 'national_id') return /^\d{12}$/.test(key.value) ? null : '205';
  if (key.kind === 'si_number') return /^\d{10}$/.test(key.value) ? null : '205';
  const parts = splitCardNumber(key.value);
  return isCardError(parts) ? parts.code : null;
}

function birthMatches(given: string, actual: string): boolean {
  return given.length === 4 ? actual.startsWith(given) : given === actual;
}

/** Where a presented number differs from the holder's card: group 051, level 053, province 052. */
function numberMismatch(presented: string, card: CardFacts): ResultCode | null {
  if (presented === card.cardNumber) return null;
  if (presented.slice(0, 2) !== card.groupCode) return '051';
  if (presented[2] !== String(card.benefitLevel)) return '053';
  if (presented.slice(3, 5) !== card.provinceCode) return '052';
  return '051';
}

/**
 * `cards` are the holder's cards, latest first (by valid_from). The presented card number, if
 * any, is compared with them: an older card of the holder gives 003/004 with the new one.
 */
export function judge<C extends CardFacts>(
  input: CheckInput,
  holder: HolderFacts | null,
  cards: C[],
): Verdict<C> {
  const none = { card: null, newCard: null };
  const latest = cards[0];
  if (!holder || !latest) return { code: '050', ...none };
  let card = latest;
  if (input.key.kind === 'card') {
    const presented = input.key.value;
    const exact = cards.find((c) => c.cardNumber === presented && c.status === 'active');
    if (exact && exact !== latest) {
      const stillValid = input.at < exact.validTo;
      return { code: stillValid ? '004' : '003', card: exact, newCard: latest };
    }
    const mismatch = exact ? null : numberMismatch(presented, latest);
    if (mismatch) return { code: mismatch, ...none };
    card = exact ?? latest;
  }
  if (input.fullName !== undefined && searchKey(input.fullName) !== searchKey(holder.fullName))
    return { code: '060', ...none };
  if (input.birthDate !== undefined && !birthMatches(input.birthDate, holder.birthDate))
    return { code: '070', ...none };
  if (card.status === 'revoked') return { code: '110', card, newCard: null };
  if (input.at < card.validFrom || input.at >= card.validTo)
    return { code: '010', card, newCard: null };
  return { code: '000', card, newCard: null };
}
