// How one member of a household HI calculation is paid for, in one month.
//
// - Group GD (or no group): a household member; pays household_hi_share of member 1's premium
//   by order of joining (Decree 146/2018 Art 7(1)(e); Decree 188/2025 Art 6(5)).
// - premium_payer 'state_supported' (CN, HS, SV, GB, …): the state pays the national share of
//   their own full premium; they pay the rest. A member's statuses can raise the share through a
//   variant row: target '<group>_<status>' (CN + 'poor_area' → CN_poor_area) or the status itself
//   ('trafficking_victim'); the highest applying row wins (one level only).
// - premium_payer 'state_budget' (HN, TE, BT, …): the state pays all of it.
// - Groups paid by an employer or a fund are refused: they do not join by household.
// Decision (Art 7(1)(e): the reduction is for members joining by household): supported and
// state-paid members join under their own group, so they are not counted in the household order.
import { calculatorErrors } from './calculator.errors.js';
import { group, supportRow } from './lookup.js';
import { toMicro } from './money.js';
import type { RuleSet, StateSupportRow } from '../rules.types.js';

export type MemberKind =
  { kind: 'household' } | { kind: 'supported'; row: StateSupportRow } | { kind: 'state_budget' };

export interface MemberFacts {
  groupCode?: string;
  statuses?: string[];
}

export function classify(rules: RuleSet, member: MemberFacts, date: string): MemberKind {
  const code = member.groupCode ?? 'GD';
  const row = group(rules, code, date);
  if (!row) throw calculatorErrors.unknownGroup(code, date);
  const variant = bestSupport(rules, code, member.statuses ?? [], date);
  switch (row.premiumPayer) {
    case 'household':
      return variant ? { kind: 'supported', row: variant } : { kind: 'household' };
    case 'state_supported':
      if (!variant) throw calculatorErrors.noRule('state_support_share', `hi ${code}`, date);
      return { kind: 'supported', row: variant };
    case 'state_budget':
      return { kind: 'state_budget' };
    default:
      throw calculatorErrors.groupNotHousehold(code);
  }
}

function bestSupport(
  rules: RuleSet,
  code: string,
  statuses: string[],
  date: string,
): StateSupportRow | null {
  const targets = [code, ...statuses.map((s) => `${code}_${s}`), ...statuses];
  let best: StateSupportRow | null = null;
  for (const target of targets) {
    const row = supportRow(rules, 'hi', target, date);
    if (row && (!best || toMicro(row.sharePercent) > toMicro(best.sharePercent))) best = row;
  }
  return best;
}
