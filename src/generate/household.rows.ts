// The per-household row builder (pure apart from the run's counters): composes a household,
// decides each member's facts, and appends the rows of every table to the chunk, with ids
// local to the chunk (chunk.ts).
import type { Chunk } from './chunk.js';
import { cardsFor, primaryFacility } from './cards.js';
import { provinceCodeAt, type CommuneInfo } from './context.js';
import { eligibleGroup, hiState, PAYER } from './coverage.js';
import { isoOf, toDay, yearOf } from './days.js';
import { declaresAnyone } from './employers.js';
import { householdFacts, personFacts, type HouseholdFacts, type PersonFacts } from './facts.js';
import { composeHousehold } from './households.js';
import { householdCodePrefix, nationalIdPrefix, phoneNumber } from './identity.js';
import { familyName, nameSearchKey, personalName } from './names.js';
import * as P from './params.js';
import { LAPSED_SHARE, VOLUNTARY_SI_GROUP } from './params.work.js';
import { chance, intBetween, pick } from './random.js';
import type { RunState } from './state.js';
import { statusesOf } from './statuses.js';

/** HI Law 25/2008/QH12 in force: no cover is dated earlier */
const HI_LAW_DAY = toDay('2009-07-01');
const iso = (day: number | null) => (day === null ? null : isoOf(day));

interface Place {
  commune: CommuneInfo;
  /** the commune the record is filed under (a former one for some) */
  recordId: number;
  former: boolean;
}

function birthCode(st: RunState, commune: CommuneInfo, birth: number): string {
  const other = st.ctx.otherProvinceCodes;
  if (chance(st.rng, P.BORN_ELSEWHERE_SHARE))
    return `0${pick(st.rng, birth < other.mergerDay ? other.before : other.after)}`;
  return `0${provinceCodeAt(st.ctx, commune, birth)}`;
}

function residenceFrom(st: RunState, place: Place, p: PersonFacts): number {
  const { commune } = place;
  if (place.former) return Math.max(p.birth, commune.since - intBetween(st.rng, 1, 20 * 365));
  if (p.birth >= commune.since) return p.birth;
  if (p.age >= 18 && chance(st.rng, P.MOVED_IN_SHARE))
    return commune.since + intBetween(st.rng, 0, Math.max(0, st.ctx.asOf - commune.since));
  return commune.since;
}

function addCoverage(
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

function addPerson(
  st: RunState,
  chunk: Chunk,
  hid: number,
  place: Place,
  h: HouseholdFacts,
  p: PersonFacts,
  surname: string,
) {
  const rng = st.rng;
  const bySurname =
    p.relation === 'child' ||
    p.relation === 'grandchild' ||
    (p.sex === 'male' && p.relation !== 'other');
  const family = bySurname ? surname : familyName(rng);
  const year = yearOf(p.birth);
  const personal = personalName(rng, p.sex, year);
  const nid = st.nationalIds.take(
    nationalIdPrefix(birthCode(st, place.commune, p.birth), year, p.sex),
  );
  const phone = p.age >= 15 && chance(rng, P.PHONE_SHARE) ? phoneNumber(rng) : null;
  const row = [
    0,
    nid,
    `${family} ${personal}`,
    nameSearchKey(family, personal),
    isoOf(p.birth),
    p.sex,
    phone,
    place.recordId,
    null,
    h.ethnicity,
    hid,
    p.relation,
  ];
  const pid = chunk.add('person', row);
  chunk.add('person_residence', [0, pid, place.recordId, isoOf(residenceFrom(st, place, p)), null]);
  for (const s of statusesOf(rng, st, place.commune, h, p))
    chunk.add('person_status', [0, pid, s.status, s.source, isoOf(s.from), iso(s.to)]);
  if (p.job)
    chunk.add('employment', [0, pid, p.job.employer.index, p.job.salary, isoOf(p.job.hired), null]);
  row[8] = addCoverage(st, chunk, pid, place, h, p);
}

/** Appends one household (at most `maxMembers` persons) to the chunk; returns its size. */
export function buildHousehold(st: RunState, chunk: Chunk, maxMembers = Infinity): number {
  const rng = st.rng;
  const members = composeHousehold(rng).slice(0, Math.max(1, maxMembers));
  const commune = st.pickCommune(rng);
  const h = householdFacts(rng);
  const facts = members.map((m) => personFacts(rng, st, m));
  const former =
    commune.former.length > 0 &&
    chance(rng, P.FORMER_COMMUNE_SHARE) &&
    facts.every((p) => p.birth < commune.since);
  const filed = former ? pick(rng, commune.former) : commune;
  const place: Place = { commune, recordId: filed.id, former };
  const hamlet = filed.name.startsWith('Phường') ? 'Tổ dân phố' : 'Thôn';
  const code = st.householdCodes.take(householdCodePrefix(st.ctx.province.code));
  const hid = chunk.add('household', [
    0,
    code,
    filed.id,
    `Số ${intBetween(rng, 1, 250)}, ${hamlet} ${intBetween(rng, 1, 24)}, ${filed.name}`,
  ]);
  const surname = familyName(rng);
  for (const p of facts) addPerson(st, chunk, hid, place, h, p, surname);
  chunk.households += 1;
  chunk.persons += facts.length;
  return facts.length;
}
