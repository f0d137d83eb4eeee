// Coverage arithmetic: rates, gaps, ranks and the year-end forecast. Pure functions on plain
// data. Rates are percentages given as decimal text ('90.9', from numeric columns) or numbers
// with at most 4 decimals; they are turned into integers (percent × 10⁴) so that
// ceil(target × denominator) is exact — 0.909 × 96 804 933 must not drift by a float ulp into
// the next person. A missing or zero denominator gives null: unknown, never a wrong number.

/** Percent scale: a rate of 90.9% is held as 909 000 (percent × 10⁴, i.e. parts per 10⁶). */
const SCALE = 10_000n;
const PER_UNIT = 100n * SCALE;

/** A percentage with at most 4 decimals as an integer of percent × 10⁴; throws on anything else. */
export function percentToScaled(rate: string | number): bigint {
  const text = typeof rate === 'number' ? String(rate) : rate.trim();
  const m = /^(-?)(\d+)(?:\.(\d{1,4}))?$/.exec(text);
  if (!m) throw new RangeError(`not a percentage with at most 4 decimals: ${text}`);
  const value = BigInt(m[2]!) * SCALE + BigInt((m[3] ?? '').padEnd(4, '0'));
  return m[1] ? -value : value;
}

const known = (denominator: number | null | undefined): denominator is number =>
  denominator != null && denominator > 0;

/** Integer division rounding half away from zero (for display rates, not for persons). */
function divRound(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  const away = 2n * (r < 0n ? -r : r) >= d;
  return away ? q + (n < 0n ? -1n : 1n) : q;
}

const scaledToPercent = (scaled: bigint) => Number(scaled) / Number(SCALE);

/** participants / denominator in percent, rounded to 4 decimals; null when the denominator is unknown. */
export function coverageRate(participants: number, denominator: number | null): number | null {
  if (!known(denominator)) return null;
  return scaledToPercent(divRound(BigInt(participants) * PER_UNIT, BigInt(denominator)));
}

/** Target minus rate, in percentage points: positive below target, negative above; null when unknown. */
export function gapInPoints(rate: number | null, targetRate: string | number): number | null {
  if (rate == null) return null;
  return scaledToPercent(percentToScaled(targetRate) - percentToScaled(rate.toFixed(4)));
}

/** Persons the target rate asks for: ceil(target × denominator), exact. */
export function targetPersons(targetRate: string | number, denominator: number | null) {
  if (!known(denominator)) return null;
  const product = percentToScaled(targetRate) * BigInt(denominator);
  if (product < 0n) throw new RangeError('a target rate cannot be negative');
  return Number((product + PER_UNIT - 1n) / PER_UNIT);
}

/** ceil(target × denominator) − participants: persons still needed (negative above target). */
export function gapInPersons(
  targetRate: string | number,
  denominator: number | null,
  participants: number,
): number | null {
  const target = targetPersons(targetRate, denominator);
  return target == null ? null : target - participants;
}

/** participants as a percentage of the target count ("93.1% of plan"); null when unknown. */
export function shareOfTargetReached(participants: number, target: number | null): number | null {
  return coverageRate(participants, target);
}

/** Denominator implied by a published count and rate: participants ÷ rate, rounded to a person. */
export function impliedDenominator(participants: number, rate: string | number): number {
  const scaled = percentToScaled(rate);
  if (scaled <= 0n) throw new RangeError('an implied denominator needs a positive rate');
  return Number(divRound(BigInt(participants) * PER_UNIT, scaled));
}

export interface Ranked<T> {
  item: T;
  /** 1 = smallest gap (best placed); equal gaps share a rank; null when the gap is unknown */
  rank: number | null;
}

/**
 * Ranks siblings by gap (ascending: the most above target first), competition style (1, 2, 2,
 * 4): equal gaps share a rank. Unknown gaps come last, unranked, in their input order.
 */
export function rankAmongSiblings<T>(items: T[], key: (item: T) => number | null): Ranked<T>[] {
  const withGap = items.filter((i) => key(i) != null).sort((a, b) => key(a)! - key(b)!);
  const ranked = withGap.map((item, i) => ({ item, position: i + 1 }));
  const out: Ranked<T>[] = [];
  ranked.forEach(({ item, position }, i) => {
    const tied = i > 0 && key(ranked[i - 1]!.item) === key(item);
    out.push({ item, rank: tied ? out[i - 1]!.rank : position });
  });
  return [...out, ...items.filter((i) => key(i) == null).map((item) => ({ item, rank: null }))];
}

/** Splits siblings into those at or above target (gap ≤ 0) and those below, each sorted by gap. */
export function aboveAndBelowTarget<T>(items: T[], key: (item: T) => number | null) {
  const ranked = rankAmongSiblings(items, key).filter((r) => r.rank != null);
  return {
    above: ranked.filter((r) => key(r.item)! <= 0).map((r) => r.item),
    // furthest below first; a stable sort keeps equal gaps in their input order
    below: ranked
      .filter((r) => key(r.item)! > 0)
      .map((r) => r.item)
      .sort((a, b) => key(b)! - key(a)!),
  };
}

/** Persons to enrol each remaining month, rounded up; 0 at or above target; null with no month left. */
export function personsNeededPerMonth(gap: number | null, monthsLeft: number): number | null {
  if (gap == null) return null;
  if (gap <= 0) return 0;
  return monthsLeft > 0 ? Math.ceil(gap / monthsLeft) : null;
}

/** Whole months after the month of asOf until the end of its year (as of any day in Nov → 1). */
export function monthsLeftInYear(asOf: string): number {
  return 12 - Number(asOf.slice(5, 7));
}

export interface MonthlyPoint {
  /** 'YYYY-MM' */
  month: string;
  participants: number;
}

export interface YearEndForecast {
  year: number;
  point: number;
  /** the 95% interval; null when the residual spread cannot be estimated (fewer than 3 points) */
  low: number | null;
  high: number | null;
  slopePerMonth: number;
  /** start-of-year level ÷ previous December, from history; null when none was given */
  januaryDipRatio: number | null;
  /** 'this-year' when fitted on ≥ 2 months of the year, else 'last-year' (its slope, dip applied) */
  basis: 'this-year' | 'last-year';
  monthsAhead: number;
}

const yearOf = (p: MonthlyPoint) => Number(p.month.slice(0, 4));
const monthOf = (p: MonthlyPoint) => Number(p.month.slice(5, 7));

/**
 * Mean over the years of (first month observed in January–March) ÷ (previous December): annual
 * cards expire at the turn of the year, so the level drops then recovers. Only years before
 * beforeYear count (the year being forecast is not its own history). Null with no such pair.
 */
export function januaryDipRatio(series: MonthlyPoint[], beforeYear: number): number | null {
  const ratios: number[] = [];
  for (const dec of series.filter((p) => monthOf(p) === 12 && yearOf(p) + 1 < beforeYear)) {
    const next = series
      .filter((p) => yearOf(p) === yearOf(dec) + 1 && monthOf(p) <= 3)
      .sort((a, b) => a.month.localeCompare(b.month))[0];
    if (next && dec.participants > 0) ratios.push(next.participants / dec.participants);
  }
  return ratios.length ? ratios.reduce((a, b) => a + b, 0) / ratios.length : null;
}

interface Fit {
  intercept: number;
  slope: number;
  /** residual standard deviation; null with fewer than 3 points */
  sd: number | null;
}

/** Ordinary least squares of participants on the month number (1–12). */
function fitLine(points: MonthlyPoint[]): Fit {
  const n = points.length;
  const xs = points.map(monthOf);
  const ys = points.map((p) => p.participants);
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / sxx;
  const intercept = my - slope * mx;
  const ssr = xs.reduce((a, x, i) => a + (ys[i]! - intercept - slope * x) ** 2, 0);
  return { intercept, slope, sd: n > 2 ? Math.sqrt(ssr / (n - 2)) : null };
}

/**
 * Year-end (December) participants projected from the months of `year` observed up to asOf:
 * a straight line through them (January's dip is then in the data). With fewer than two such
 * months the line is last year's slope (fitted on February–December, after its own dip) from a
 * start of last December × the January dip ratio (or the one month observed). The interval is
 * ± 1.96 × residual sd × √(months ahead): the spread of a month grows with the horizon.
 */
export function forecastYearEnd(
  series: MonthlyPoint[],
  opts: { year: number; asOf: string },
): YearEndForecast | null {
  const upTo = opts.asOf.slice(0, 7);
  const seen = series.filter((p) => yearOf(p) === opts.year && p.month <= upTo);
  const dip = januaryDipRatio(series, opts.year);
  const last = seen.map(monthOf).reduce((a, b) => Math.max(a, b), 0);
  let fit: Fit;
  let basis: YearEndForecast['basis'] = 'this-year';
  if (seen.length >= 2) fit = fitLine(seen);
  else {
    const prior = series.filter((p) => yearOf(p) === opts.year - 1);
    const december = prior.find((p) => monthOf(p) === 12);
    // the level to start from: the one month seen, else last December after the dip (month 1)
    const start =
      seen[0] ??
      (december && { month: `${opts.year}-01`, participants: december.participants * (dip ?? 1) });
    if (!start) return null;
    const trend = prior.filter((p) => monthOf(p) >= 2);
    const lastYear = trend.length >= 2 ? fitLine(trend) : { slope: 0, sd: null };
    fit = {
      intercept: start.participants - lastYear.slope * monthOf(start),
      slope: lastYear.slope,
      sd: lastYear.sd,
    };
    basis = 'last-year';
  }
  const monthsAhead = 12 - Math.max(last, 1);
  const point = Math.round(fit.intercept + fit.slope * 12);
  const half = fit.sd == null ? null : 1.96 * fit.sd * Math.sqrt(monthsAhead);
  return {
    year: opts.year,
    point,
    low: half == null ? null : Math.round(point - half),
    high: half == null ? null : Math.round(point + half),
    slopePerMonth: fit.slope,
    januaryDipRatio: dip,
    basis,
    monthsAhead,
  };
}
