// Pure rules of the board: children's figures with ranks and status, the months a trend
// covers, and the forecast in the board's terms (rates, persons needed per month).
import type { Child } from './board.presenter.js';
import {
  coverageRate,
  forecastYearEnd,
  monthsLeftInYear,
  personsNeededPerMonth,
  rankAmongSiblings,
  type MonthlyPoint,
} from './coverage.rules.js';
import { figures } from './monitoring.rules.js';

export interface ChildInput {
  code: string;
  name: string;
  level: string;
  participants: number | null;
  denominator: number | null;
  target: { value: number; measure: string } | null;
}

/** Participants over a scope: the sum of its communes' counts (null scope: every commune). */
export function sumScope(totals: ReadonlyMap<number, number>, scope: readonly number[] | null) {
  let n = 0;
  if (scope === null) for (const v of totals.values()) n += v;
  else for (const id of scope) n += totals.get(id) ?? 0;
  return n;
}

function statusOf(f: ReturnType<typeof figures>, measure: string | undefined): Child['status'] {
  const gap = measure === 'participants' ? f.gapPersons : f.gapPoints;
  if (gap == null) return 'unknown';
  return gap <= 0 ? 'above' : 'below';
}

/** Each child's rate and gaps, its rank by rate among those with a rate (1 = highest). */
export function childFigures(items: readonly ChildInput[]): Child[] {
  const rows = items.map((c) => {
    const f = figures(c.participants, c.denominator, c.target);
    return {
      code: c.code,
      name: c.name,
      level: c.level,
      participants: c.participants,
      denominator: c.denominator,
      ratePercent: f.ratePercent,
      targetPercent: c.target?.measure === 'coverage_rate' ? c.target.value : null,
      gapPoints: f.gapPoints,
      gapPersons: f.gapPersons,
      rank: null as number | null,
      status: statusOf(f, c.target?.measure),
    };
  });
  for (const r of rankAmongSiblings(rows, (x) => (x.ratePercent == null ? null : -x.ratePercent)))
    r.item.rank = r.rank;
  return rows;
}

const gapOf = (c: Child) => c.gapPoints ?? c.gapPersons;

/** Codes above target (largest margin first) and below (largest shortfall first). */
export function aboveAndBelow(children: readonly Child[]) {
  const known = children.filter((c) => c.status !== 'unknown');
  return {
    above: known
      .filter((c) => c.status === 'above')
      .sort((a, b) => gapOf(a)! - gapOf(b)!)
      .map((c) => c.code),
    below: known
      .filter((c) => c.status === 'below')
      .sort((a, b) => gapOf(b)! - gapOf(a)!)
      .map((c) => c.code),
  };
}

/** First days of the months from January of the year before `at` to `at`'s month. */
export function trendMonths(at: string): string[] {
  const year = Number(at.slice(0, 4));
  const last = Number(at.slice(5, 7));
  const out: string[] = [];
  for (let y = year - 1; y <= year; y++)
    for (let m = 1; m <= (y === year ? last : 12); m++)
      out.push(`${y}-${String(m).padStart(2, '0')}-01`);
  return out;
}

export interface ForecastInput {
  series: MonthlyPoint[];
  at: string;
  denominator: number | null;
  /** persons still needed now (gap in persons), null without a target */
  gapPersons: number | null;
}

/** Year-end projection with its interval in persons and in rate, and persons per month needed. */
export function boardForecast(i: ForecastInput) {
  const year = Number(i.at.slice(0, 4));
  const f = forecastYearEnd(i.series, { year, asOf: i.at });
  if (!f) return null;
  const rate = (n: number | null) => (n == null ? null : coverageRate(n, i.denominator));
  const monthsLeft = monthsLeftInYear(i.at);
  return {
    year,
    participants: f.point,
    low: f.low,
    high: f.high,
    ratePercent: rate(f.point),
    lowRatePercent: rate(f.low),
    highRatePercent: rate(f.high),
    basis: f.basis,
    januaryDipRatio: f.januaryDipRatio,
    monthsLeft,
    personsNeededPerMonth: personsNeededPerMonth(i.gapPersons, monthsLeft),
  };
}
