// Local (provincial) top-ups on a national support share. The overlap rule, when several local
// policies apply to one person and scheme: the single policy giving the highest total support
// wins (ties: the lowest policyId); two local policies are never summed; the total is capped at
// 100% of the basis (the premium, or 22% × rural poverty line for voluntary SI).
import { calculatorErrors } from './calculator.errors.js';
import { fromMicro, HUNDRED, percentOf, toMicro } from './money.js';
import type { LocalTopUp } from '../rules.types.js';

export interface TopUpChoice {
  /** the one local policy applied, or null when none adds anything to the national share */
  policy: LocalTopUp | null;
  nationalSharePercent: string;
  /** what the local budget adds (a fixed-amount policy: its capped share of `basis`, floored) */
  localSharePercent: string;
  totalSharePercent: string;
}

const min = (a: bigint, b: bigint) => (a < b ? a : b);
const max = (a: bigint, b: bigint) => (a > b ? a : b);

/** Total support share (micro-percent) one candidate gives on top of `national`. */
function totalWith(national: bigint, candidate: LocalTopUp, basis?: number): bigint {
  let share: bigint;
  if (candidate.sharePercent !== null) {
    share = toMicro(candidate.sharePercent, 'support_policy');
    if (share > HUNDRED) throw calculatorErrors.badTopUp(candidate.policyId, 'share above 100%');
  } else if (candidate.amount !== null) {
    if (!basis || basis <= 0) {
      throw calculatorErrors.badTopUp(candidate.policyId, 'a fixed amount needs the premium basis');
    }
    share = (BigInt(candidate.amount) * HUNDRED) / BigInt(basis);
  } else {
    throw calculatorErrors.badTopUp(candidate.policyId, 'neither a share nor an amount');
  }
  const total = candidate.stacking === 'add' ? national + share : max(national, share);
  return min(total, HUNDRED);
}

/**
 * Picks the local policy for one person and scheme. `basis` (VND) is needed only to compare
 * fixed-amount policies with share policies.
 */
export function resolveTopUps(
  nationalSharePercent: string,
  candidates: LocalTopUp[],
  basis?: number,
): TopUpChoice {
  const national = min(toMicro(nationalSharePercent, 'state_support_share'), HUNDRED);
  let best: { policy: LocalTopUp; total: bigint } | null = null;
  for (const policy of candidates) {
    const total = totalWith(national, policy, basis);
    const better =
      !best ||
      total > best.total ||
      (total === best.total && policy.policyId < best.policy.policyId);
    if (better) best = { policy, total };
  }
  const total = best && best.total > national ? best.total : national;
  return {
    policy: best && best.total > national ? best.policy : null,
    nationalSharePercent: fromMicro(national),
    localSharePercent: fromMicro(total - national),
    totalSharePercent: fromMicro(total),
  };
}

export interface SupportSplit {
  national: number;
  local: number;
  /** what is left for the participant (or household) to pay */
  own: number;
}

/**
 * Splits `basis` VND into national, local and own parts. Share policies: the total support is
 * rounded once and the local part is total − national, so the parts always add up to `basis`.
 * Fixed-amount policies add their amount, capped so support never exceeds `basis`.
 */
export function splitSupport(basis: number, choice: TopUpChoice): SupportSplit {
  const national = percentOf(basis, toMicro(choice.nationalSharePercent));
  const policy = choice.policy;
  let local: number;
  if (policy && policy.sharePercent === null && policy.amount !== null) {
    const raised = policy.stacking === 'add' ? national + policy.amount : policy.amount;
    local = Math.max(0, Math.min(raised, basis) - national);
  } else {
    local = percentOf(basis, toMicro(choice.totalSharePercent)) - national;
  }
  return { national, local, own: basis - national - local };
}

/** A local policy as a cited rule (its policyId stands as the id). */
export const citePolicy = (p: LocalTopUp) => ({
  id: p.policyId,
  legalRef: p.legalRef,
  confirmed: p.confirmed,
});
