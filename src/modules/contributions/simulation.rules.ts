// Pure parts of the policy simulation: the age band as birth-date bounds, the group an uncovered
// person would join, shares per group from the rule rows, and the costs from aggregate counts.
// Shares are exact integers in micro-percent (100% = 100,000,000); money is whole VND, rounded
// half up once per figure.
import { withinValidity } from '../../platform/dates.js';
import type { PolicyCondition } from './policies.rules.js';
import type { RuleSet } from './rules.types.js';

export const HUNDRED = 100_000_000n;

/** '4.5' → 4_500_000n micro-percent (the database's numeric text, at most 6 decimals). */
export function micro(percent: string): bigint {
  const [whole, fraction = ''] = percent.trim().split('.');
  return BigInt(whole!) * 1_000_000n + BigInt(fraction.padEnd(6, '0').slice(0, 6));
}

/** a / b rounded half up (a ≥ 0, b > 0). */
export const divRound = (a: bigint, b: bigint) => (2n * a + b) / (2n * b);

/** `at` minus n years; 29 February becomes 28 February in a common year. */
export function yearsBefore(at: string, n: number): string {
  const year = String(Number(at.slice(0, 4)) - n).padStart(4, '0');
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const md = at.slice(5) === '02-29' && !leap(Number(year)) ? '02-28' : at.slice(5);
  return `${year}-${md}`;
}

/** Age band [ageFrom, ageTo) on `at` as birth dates: born in (bornAfter, bornOnOrBefore]. */
export function birthBounds(c: Pick<PolicyCondition, 'ageFrom' | 'ageTo'>, at: string) {
  return {
    bornOnOrBefore: c.ageFrom === undefined ? undefined : yearsBefore(at, c.ageFrom),
    bornAfter: c.ageTo === undefined ? undefined : yearsBefore(at, c.ageTo),
  };
}

/**
 * The group an uncovered person would join, from registry statuses, first match wins; children
 * under 6 join TE, everyone else the household group GD.
 */
export const JOIN_GROUPS: readonly [status: string, group: string][] = [
  ['poor', 'HN'],
  ['social_pension', 'LH'],
  ['social_assistance', 'BT'],
  ['near_poor', 'CN'],
  ['pupil', 'HS'],
  ['student', 'SV'],
  ['farm_household', 'GB'],
];
export const CHILD_GROUP = 'TE';
export const HOUSEHOLD_GROUP = 'GD';

export interface GroupShare {
  /** national state-budget share, micro-percent */
  national: bigint;
  /** does the participant (or household) pay part of the premium? Only then can a local
   * budget take it over; employers, the SI fund and the state budget pay in full otherwise. */
  selfPaying: boolean;
}

/** National share and payer of a group on `at`, from the rule rows. */
export function groupShare(rules: RuleSet, group: string, at: string): GroupShare {
  const payer = rules.groups.find(
    (g) => g.code === group && withinValidity(at, g.validFrom, g.validTo),
  )?.premiumPayer;
  const support = rules.stateSupport.find(
    (s) => s.scheme === 'hi' && s.target === group && withinValidity(at, s.validFrom, s.validTo),
  );
  if (payer === 'state_budget') return { national: HUNDRED, selfPaying: false };
  const selfPaying = payer === 'state_supported' || payer === 'household' || payer === undefined;
  return { national: support ? micro(support.sharePercent) : 0n, selfPaying };
}

/** One premium-year per person: 12 × round(base salary × HI rate), or null without rules. */
export function premiumPerYear(rules: RuleSet, at: string): number | null {
  const base = rules.baseSalaries.find((r) => withinValidity(at, r.validFrom, r.validTo));
  const rate = rules.parameters.find(
    (p) => p.key === 'hi_rate_percent' && withinValidity(at, p.validFrom, p.validTo),
  );
  if (!base || !rate) return null;
  return 12 * Number(divRound(BigInt(base.amount) * micro(rate.value), HUNDRED));
}

export interface PolicyTermsForCost {
  sharePercent: string | null;
  /** per person and month (VND) */
  amount: number | null;
  stacking: 'add' | 'top_up_to';
}

/** What the local budget pays per person and year for a group (0 if not self-paying). */
export function localPerYear(p: PolicyTermsForCost, share: GroupShare, premium: number): number {
  if (!share.selfPaying) return 0;
  const rest = HUNDRED - share.national;
  if (p.amount !== null) {
    const national = divRound(BigInt(premium) * share.national, HUNDRED);
    return Math.max(0, Math.min(12 * p.amount, premium - Number(national)));
  }
  const s = micro(p.sharePercent ?? '0');
  const local =
    p.stacking === 'add' ? (s < rest ? s : rest) : s > share.national ? s - share.national : 0n;
  return Number(divRound(BigInt(premium) * local, HUNDRED));
}

/** What the state budget pays per person and year for a group's joiners. */
export function nationalPerYear(share: GroupShare, premium: number): number {
  return Number(divRound(BigInt(premium) * share.national, HUNDRED));
}
