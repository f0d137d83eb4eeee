// Pure rules of plans: the periods of a year (12 months, or the ISO weeks of the ISO year) and
// the cumulative value to reach by the end of each, from a start value to the year's target.
// Rounding: each cumulative value is rounded toward the start value to the plan's step (whole
// persons for counts, 0.01 point for rates), and the last period is the target exactly; so
// the path is monotone and never promises more than the weights give.
import type { Problem } from './coverage.errors.js';
import { fromScaled, toScaled, type Measure } from './targets.rules.js';

export type PeriodKind = 'month' | 'week';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** First days of the periods: months of the year, or Mondays of its ISO weeks 1…52/53. */
export function periodStarts(year: number, kind: PeriodKind): string[] {
  if (kind === 'month') return Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}-01`);
  // ISO week 1 is the week holding 4 January; weeks start on Monday
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  const starts: string[] = [];
  for (let d = monday; isoWeekYear(iso(d)) === year; d = new Date(d.getTime() + 7 * 86_400_000))
    starts.push(iso(d));
  return starts;
}

/** The ISO week-numbering year of a date (the year of that week's Thursday). */
export function isoWeekYear(date: string): number {
  const d = new Date(`${date}T00:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  return thursday.getUTCFullYear();
}

export interface PlanInput {
  measure: Measure;
  start: string | number;
  target: string | number;
  periods: number;
  weights?: number[] | undefined;
}

/** Weights as integers (millionths), so the split is exact. */
function weightUnits(weights: number[] | undefined, periods: number): bigint[] | Problem {
  if (!weights) return Array.from({ length: periods }, () => 1n);
  if (weights.length !== periods)
    return {
      field: 'weights',
      en: `give one weight per period (${periods}), not ${weights.length}`,
      vi: `cần đúng một trọng số cho mỗi kỳ (${periods}), không phải ${weights.length}`,
    };
  if (weights.some((w) => !Number.isFinite(w) || w < 0) || weights.every((w) => w === 0))
    return {
      field: 'weights',
      en: 'weights must be ≥ 0 and not all zero',
      vi: 'trọng số phải ≥ 0 và không được đều bằng 0',
    };
  return weights.map((w) => BigInt(Math.round(w * 1_000_000)));
}

/** Cumulative values per period, as decimal text; or the problems of the input. */
export function breakDown(p: PlanInput): { values: string[] } | { problems: Problem[] } {
  const start = toScaled(p.start);
  const target = toScaled(p.target);
  if (start === null || start < 0n)
    return { problems: [{ field: 'startValue', en: 'must be ≥ 0', vi: 'phải ≥ 0' }] };
  if (p.measure === 'coverage_rate' && start > 1_000_000n)
    return { problems: [{ field: 'startValue', en: 'must be ≤ 100', vi: 'phải ≤ 100' }] };
  const units = weightUnits(p.weights, p.periods);
  if (!Array.isArray(units)) return { problems: [units] };
  const step = p.measure === 'participants' ? 10_000n : 100n;
  const total = units.reduce((a, b) => a + b, 0n);
  const delta = target! - start;
  let cumulative = 0n;
  const values = units.map((u, i) => {
    cumulative += u;
    if (i === units.length - 1) return fromScaled(target!);
    const exact = (delta * cumulative) / total; // truncates toward zero, i.e. toward the start
    return fromScaled(start + (exact / step) * step);
  });
  return { values };
}
