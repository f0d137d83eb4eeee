// Pure rules of the locality summary: which enrolment schemes a coverage scheme counts, which
// denominator it is measured against, and the rate/gap figures from coverage.rules.ts.
import {
  coverageRate,
  gapInPersons,
  gapInPoints,
  shareOfTargetReached,
  targetPersons,
} from './coverage.rules.js';
import type { Scheme } from './targets.rules.js';

/** Coverage schemes onto the schemes coverage_period stores (SI = compulsory + voluntary). */
export const ENROLMENT_SCHEMES: Record<Scheme, readonly string[]> = {
  HI: ['hi'],
  SI: ['si_compulsory', 'si_voluntary'],
  SI_COMPULSORY: ['si_compulsory'],
  SI_VOLUNTARY: ['si_voluntary'],
  UI: ['ui'],
};

/** The denominator kind when no target names one: population for HI, labour force otherwise. */
export const defaultDenominatorKind = (scheme: Scheme) =>
  scheme === 'HI' ? 'population' : 'labour_force';

/** 'YYYY-MM-DD' → the first day of its month, as coverage_fact.month holds it. */
export const monthOf = (at: string) => `${at.slice(0, 7)}-01`;

export interface Figures {
  ratePercent: number | null;
  gapPoints: number | null;
  gapPersons: number | null;
  shareOfTargetReached: number | null;
}

/**
 * Rate and gaps; null wherever an input is unknown (no facts, no denominator). A rate target
 * gives all three gaps; a count target gives persons and share, not points.
 */
export function figures(
  participants: number | null,
  denominator: number | null,
  target: { value: number; measure: string } | null,
): Figures {
  const ratePercent = participants == null ? null : coverageRate(participants, denominator);
  const none = { ratePercent, gapPoints: null, gapPersons: null, shareOfTargetReached: null };
  if (participants == null || !target) return none;
  if (target.measure === 'participants')
    return {
      ...none,
      gapPersons: target.value - participants,
      shareOfTargetReached: shareOfTargetReached(participants, target.value),
    };
  return {
    ratePercent,
    gapPoints: gapInPoints(ratePercent, target.value),
    gapPersons: gapInPersons(target.value, denominator, participants),
    shareOfTargetReached: shareOfTargetReached(
      participants,
      targetPersons(target.value, denominator),
    ),
  };
}
