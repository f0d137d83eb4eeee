// The per-household row builder (pure apart from the run's counters): composes a household,
// decides each member's facts, and appends the rows of every table to the chunk, with ids
// local to the chunk (chunk.ts).
import type { Chunk } from './chunk.js';
import { provinceCodeAt, type CommuneInfo } from './context.js';
import { addCoverage, type Place } from './coverage.rows.js';
import { isoOf, yearOf } from './days.js';
import { householdFacts, personFacts, type HouseholdFacts, type PersonFacts } from './facts.js';
import { composeHousehold } from './households.js';
import { householdCodePrefix, nationalIdPrefix, phoneNumber } from './identity.js';
import { familyName, nameSearchKey, personalName } from './names.js';
import * as P from './params.js';
import { chance, intBetween, pick } from './random.js';
import type { RunState } from './state.js';
import { statusesOf } from './statuses.js';

const iso = (day: number | null) => (day === null ? null : isoOf(day));

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
