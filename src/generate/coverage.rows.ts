// The coverage rows of one person (pure apart from the run's counters): SI and UI for
// employees of declaring employers, voluntary SI, the HI period of their group and its cards.
import type { Chunk } from './chunk.js';
import { cardsFor, primaryFacility } from './cards.js';
import { provinceCodeAt, type CommuneInfo } from './context.js';
import { eligibleGroup, hiState, PAYER } from './coverage.js';
import { isoOf, toDay } from './days.js';
import { declaresAnyone } from './employers.js';
import type { HouseholdFacts, PersonFacts } from './facts.js';
import { LAPSED_SHARE, VOLUNTARY_SI_GROUP } from './params.work.js';
import { chance, intBetween } from './random.js';
import type { RunState } from './state.js';

/** HI Law 25/2008/QH12 in force: no cover is dated earlier */
const HI_LAW_DAY = toDay('2009-07-01');
const iso = (day: number | null) => (day === null ? null : isoOf(day));

export interface Place {
  commune: CommuneInfo;
  /** the commune the record is filed under (a former one for some) */
  recordId: number;
  former: boolean;
}

/** Appends the person's coverage periods and cards; returns the SI number, if the person has one. */
export function addCoverage(
  st: RunState,
  chunk: Chunk,
  pid: number,
  place: Place,
  h: HouseholdFacts,
  p: PersonFacts,
) {
  const rng = st.rng;
  const group = eligibleGroup(p, h);
  const state = hiState(rng, group, LAPSED_SHARE);
  const employed = p.job && declaresAnyone(p.job.employer) ? p.job : null;
  let since =
    group === 'TE'
      ? p.birth
      : Math.max(p.birth, HI_LAW_DAY, st.ctx.asOf - intBetween(rng, 0, 15 * 365));
  if (employed) since = employed.hired;
  const result =
    state === 'never'
      ? null
      : cardsFor(rng, st, place.commune, p.birth, group, since, state, employed?.hired);
  const firstDay = Math.min(result?.since ?? since, p.voluntarySi ?? Infinity);
  const known = result || p.job || p.voluntarySi !== null || chance(rng, 0.5);
  const si = known ? st.siNumbers.take(provinceCodeAt(st.ctx, place.commune, firstDay)) : null;
  if (employed) {
    const e = employed.employer;
    const row = (scheme: string) => [
      0,
      pid,
      scheme,
      group,
      'employer',
      e.index,
      employed.declared,
      isoOf(employed.hired),
      null,
      'generator',
    ];
    chunk.add('coverage_period', row('si_compulsory'));
    // civil servants (công chức) are outside unemployment insurance (Law on Employment Art 43)
    if (group !== 'HC') chunk.add('coverage_period', row('ui'));
  }
  if (p.voluntarySi !== null)
    chunk.add('coverage_period', [
      0,
      pid,
      'si_voluntary',
      VOLUNTARY_SI_GROUP,
      'self',
      null,
      null,
      isoOf(p.voluntarySi),
      null,
      'generator',
    ]);
  if (!result || !si) return si;
  const cardGroup = result.cards[result.cards.length - 1]!.group;
  chunk.add('coverage_period', [
    0,
    pid,
    'hi',
    cardGroup,
    PAYER[cardGroup] ?? PAYER[group]!,
    employed ? employed.employer.index : null,
    employed ? employed.declared : null,
    isoOf(result.since),
    iso(result.coverageTo),
    'generator',
  ]);
  const facility = primaryFacility(rng, st, place.commune);
  for (const c of result.cards)
    chunk.add('hi_card', [
      0,
      pid,
      `${c.group}${c.level}${c.provinceCode}${si}`,
      c.group,
      c.level,
      c.provinceCode,
      si,
      facility,
      isoOf(c.from),
      isoOf(c.to),
      iso(c.fiveYears),
      isoOf(c.issued),
    ]);
  return si;
}
