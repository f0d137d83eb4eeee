// HI cards (pure): the current card, sometimes the one before it, numbered GG L PP NNNNNNNNNN
// from the group's benefit level and the province code valid on the day of issue (a resident
// of former Hải Dương got 30 before 2025-07-01, 31 after). Start months are spread over the
// year so cards expire all year round; children under 6 hold one card until their 6th birthday.
import { provinceCodeAt, type CommuneInfo } from './context.js';
import { addMonths, addYears, ageOn, monthStart } from './days.js';
import type { HiState } from './coverage.js';
import { PREVIOUS_CARD_SHARE, PRIMARY_FACILITY_TIER } from './params.work.js';
import { chance, intBetween, pick, weightedKeys, type Rng } from './random.js';
import type { RunState } from './state.js';

export interface CardDraft {
  group: string;
  level: number;
  provinceCode: string;
  from: number;
  to: number;
  issued: number;
  fiveYears: number | null;
}

/** a group that did not exist yet on a day is replaced by the one that served then */
const EARLIER_GROUP: Record<string, string> = { LH: 'BT' };

function card(
  st: RunState,
  commune: CommuneInfo,
  group: string,
  from: number,
  to: number,
  issued: number,
  since: number,
): CardDraft {
  let code = group;
  let level = st.levelAt(code, issued);
  if (level === undefined && EARLIER_GROUP[code])
    level = st.levelAt((code = EARLIER_GROUP[code]!), issued);
  if (level === undefined)
    throw new Error(`generator: group ${group} has no benefit level on day ${issued}`);
  const five = addYears(since, 5);
  return {
    group: code,
    level,
    provinceCode: provinceCodeAt(st.ctx, commune, issued),
    from,
    to,
    issued,
    fiveYears: five <= to ? five : null,
  };
}

export interface CardsResult {
  cards: CardDraft[];
  /** first day of continuous cover (may move earlier to the card's start) */
  since: number;
  /** end of the coverage period: the card's end when it lapsed, open otherwise */
  coverageTo: number | null;
}

export function cardsFor(
  rng: Rng,
  st: RunState,
  commune: CommuneInfo,
  birth: number,
  group: string,
  since: number,
  state: HiState,
  /** no card before this day (an employee's first card starts with the job) */
  floor = -Infinity,
): CardsResult {
  const asOf = st.ctx.asOf;
  if (group === 'TE') {
    const sixth = addYears(birth, 6);
    return {
      cards: [card(st, commune, 'TE', birth, sixth, birth + intBetween(rng, 7, 45), birth)],
      since: birth,
      coverageTo: null,
    };
  }
  const k = state === 'lapsed' ? intBetween(rng, 12, 14) : intBetween(rng, 0, 11);
  const from = Math.max(monthStart(asOf, -k), floor);
  const start = Math.min(since, from);
  const current = card(
    st,
    commune,
    group,
    from,
    addMonths(from, 12),
    from - intBetween(rng, 3, 25),
    start,
  );
  const cards = [current];
  const prevFrom = addMonths(from, -12);
  if (start <= prevFrom && ageOn(birth, prevFrom) >= 6 && chance(rng, PREVIOUS_CARD_SHARE))
    cards.unshift(
      card(st, commune, group, prevFrom, from, prevFrom - intBetween(rng, 3, 25), start),
    );
  return { cards, since: start, coverageTo: state === 'lapsed' ? current.to : null };
}

const drawTier = weightedKeys(PRIMARY_FACILITY_TIER);

/** registered primary facility: mostly the commune's station or its regional centre */
export function primaryFacility(rng: Rng, st: RunState, commune: CommuneInfo): string {
  const tier = drawTier(rng);
  if (tier === 'commune') return st.station.get(commune.id) ?? st.provincial[0]!;
  if (tier === 'district') return st.centre.get(commune.id) ?? st.provincial[0]!;
  return pick(rng, st.provincial);
}
