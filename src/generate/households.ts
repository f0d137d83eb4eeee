// Household composition (pure): size, structure, and each member's relation, sex and age.
// Children's and parents' ages are drawn from the national age pyramid restricted to what the
// relation allows (a child is 18–45 years younger than the mother), so the population follows
// the pyramid while every household stays biologically plausible.
import type { HouseholdRelation } from '../modules/registry/registry.tables.js';
import * as P from './params.js';
import { chance, intBetween, weighted, weightedKeys, type Rng } from './random.js';

export type Sex = 'male' | 'female';
export interface MemberDraft {
  relation: HouseholdRelation;
  sex: Sex;
  /** completed years at the reference date */
  age: number;
}

/**
 * The pyramid as cumulative weights of single years 0–99 (85+ spread with a decay), each band
 * times its correction: relatives are drawn from windows that cut the pyramid (no child is
 * older than its mother minus 19), and the corrections give the bands those windows starve.
 */
export function cumulativeAges(correction: readonly number[]): number[] {
  let total = 0;
  const years: number[] = [];
  for (let age = 0; age <= P.MAX_AGE; age++) {
    const band = Math.min(Math.floor(age / 5), P.AGE_BANDS_PERCENT.length - 1);
    const share = P.AGE_BANDS_PERCENT[band]! * (correction[band] ?? 1);
    total += age < 85 ? share / 5 : (share * 0.2 * 0.8 ** (age - 85)) / (1 - 0.8 ** 15);
    years.push(total);
  }
  return years;
}

let cumulative = cumulativeAges(P.AGE_DRAW_CORRECTION);

/** Recalibration only (scratch scripts): draw relatives' ages with other corrections. */
export function setAgeCorrection(correction: readonly number[]): void {
  cumulative = cumulativeAges(correction);
}

/** an age in [lo, hi] drawn with the pyramid's weights */
export function pyramidAge(rng: Rng, lo: number, hi: number): number {
  const low = Math.max(0, lo);
  const high = Math.min(P.MAX_AGE, hi);
  if (high <= low) return Math.max(0, Math.min(low, P.MAX_AGE));
  const base = low === 0 ? 0 : cumulative[low - 1]!;
  const target = base + rng.next() * (cumulative[high]! - base);
  let a = low;
  let b = high;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (cumulative[mid]! > target) b = mid;
    else a = mid + 1;
  }
  return a;
}

const drawSize = weighted(P.HOUSEHOLD_SIZE_PERCENT);
type Structure = 'single' | 'nuclear' | 'withParents' | 'elder';
const structureBySize = P.STRUCTURE_BY_SIZE.map((s) => (s ? weightedKeys(s) : null));
const headBand = Object.fromEntries(
  Object.entries(P.HEAD_AGE_WEIGHTS).map(([k, w]) => [k, weighted(w)]),
) as Record<Structure, (rng: Rng) => number>;

const headAge = (rng: Rng, s: Structure) =>
  Math.min(P.MAX_AGE, 15 + 5 * headBand[s](rng) + intBetween(rng, 0, 4));
const childSex = (rng: Rng): Sex => (chance(rng, P.MALE_SHARE_AT_BIRTH) ? 'male' : 'female');
const other = (sex: Sex): Sex => (sex === 'male' ? 'female' : 'male');

function spousePresent(rng: Rng, age: number): boolean {
  return chance(rng, P.SPOUSE_PRESENT.find((s) => age < s.below)!.share);
}

/** head and spouse; when widowed at an older age the head is more often a woman */
function couple(rng: Rng, structure: Structure, room: number): MemberDraft[] {
  const age = Math.max(18, headAge(rng, structure));
  const withSpouse = room > 1 && structure !== 'single' && spousePresent(rng, age);
  const womanShare = withSpouse ? 1 - P.MALE_HEAD_SHARE : age >= 60 ? P.FEMALE_SHARE_WIDOWED : 0.45;
  const head: MemberDraft = {
    relation: 'head',
    sex: chance(rng, womanShare) ? 'female' : 'male',
    age,
  };
  if (!withSpouse) return [head];
  const gap = head.sex === 'male' ? intBetween(rng, -1, 6) : intBetween(rng, -6, 1);
  return [head, { relation: 'spouse', sex: other(head.sex), age: Math.max(18, age - gap) }];
}

/** children of a mother (or the younger parent) of this age */
function children(rng: Rng, parentAge: number, count: number, relation: HouseholdRelation) {
  const list: MemberDraft[] = [];
  for (let i = 0; i < count; i++)
    list.push({
      relation,
      sex: childSex(rng),
      age: pyramidAge(rng, parentAge - 42, parentAge - 19),
    });
  return list;
}

const motherAge = (members: MemberDraft[]) =>
  Math.min(
    ...members.filter((m) => m.relation === 'head' || m.relation === 'spouse').map((m) => m.age),
  );

export function composeHousehold(rng: Rng): MemberDraft[] {
  const size = drawSize(rng) + 1;
  const structure: Structure = size === 1 ? 'single' : structureBySize[Math.min(size, 5)]!(rng);
  const members = couple(rng, structure, size);
  const room = () => size - members.length;
  if (structure === 'withParents' && room() > 0) {
    const parents = room() > 1 && chance(rng, 0.45) ? 2 : 1;
    const base = members[0]!.age;
    const father = parents === 2 || chance(rng, 1 - P.FEMALE_SHARE_WIDOWED);
    const age = () => pyramidAge(rng, Math.max(base + 20, 45), base + 38);
    if (father) members.push({ relation: 'parent', sex: 'male', age: age() });
    if (!father || parents === 2) members.push({ relation: 'parent', sex: 'female', age: age() });
  }
  if (structure === 'elder' && room() > 0) {
    const adult = children(rng, motherAge(members), 1, 'child')[0]!;
    adult.age = Math.max(adult.age, 20);
    members.push(adult);
    if (room() > 1 && chance(rng, 0.8))
      members.push({
        relation: 'other',
        sex: other(adult.sex),
        age: Math.max(18, adult.age + intBetween(rng, -5, 3)),
      });
    members.push(...children(rng, adult.age, room(), 'grandchild'));
  }
  members.push(...children(rng, motherAge(members), room(), 'child'));
  return members;
}
