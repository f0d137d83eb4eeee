// Real-figure checks (issue 6, item 7): the published national figures, put through the
// coverage rules, give back the published arithmetic. Targets are the published ones (oracle
// values of the checks, as in data/reference/targets_seed.csv).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  aboveAndBelowTarget,
  coverageRate,
  forecastYearEnd,
  gapInPersons,
  gapInPoints,
  impliedDenominator,
  januaryDipRatio,
  monthsLeftInYear,
  personsNeededPerMonth,
  rankAmongSiblings,
} from './coverage.rules.js';
import {
  loadNationalFigures,
  nationalFigure,
  NATIONAL_COVERAGE_CSV,
  parseNationalFigures,
} from './national-figures.js';

const figures = loadNationalFigures();
const fig = (asOf: string, scheme: string) => nationalFigure(figures, asOf, scheme);
const millions = (n: number, decimals: number) => Number((n / 1e6).toFixed(decimals));

describe('the national figures file', () => {
  it('loads every published row with its source, rates kept as text', () => {
    expect(figures).toHaveLength(22);
    expect(figures.every((f) => f.source.length > 0)).toBe(true);
    expect(fig('2020-11-20', 'HI')).toEqual({
      asOf: '2020-11-20',
      scheme: 'HI',
      participants: 86_350_000,
      coveragePercent: '89.2',
      denominatorKind: 'population',
      source: 'seed 001 (VSS conference)',
    });
    expect(fig('2024-12-31', 'HI')).toMatchObject({ participants: null, coveragePercent: '94.29' });
  });

  it('is the same file as the one the geography seed implies denominators from', () => {
    const statistics = fileURLToPath(
      new URL('../../../data/statistics/national_coverage.csv', import.meta.url),
    );
    expect(fs.readFileSync(NATIONAL_COVERAGE_CSV, 'utf8')).toBe(
      fs.readFileSync(statistics, 'utf8'),
    );
  });

  it('refuses a row without a source or with a malformed rate, naming the line', () => {
    const head = 'as_of,scheme,participants,coverage_percent,denominator_kind,source\n';
    expect(() => parseNationalFigures(`${head}2020-01-01,HI,1,89.2,population,\n`)).toThrow(
      'line 2: source is empty',
    );
    expect(() => parseNationalFigures(`${head}2020-01-01,HI,1,89%,population,x\n`)).toThrow(
      'line 2: coverage_percent',
    );
    expect(() => nationalFigure(figures, '2021-12-31', 'HI')).toThrow('no published HI');
  });
});

describe('seed 001: 86.35 M at 89.2% against the 90.9% target', () => {
  const hi = fig('2020-11-20', 'HI');
  const population = impliedDenominator(hi.participants!, hi.coveragePercent!);

  it('implies a population of ≈ 96.8 M, which gives back 89.2%', () => {
    expect(population).toBe(96_804_933);
    expect(millions(population, 1)).toBe(96.8);
    expect(coverageRate(hi.participants!, population)).toBe(89.2);
  });

  it('is 1.7 points below target and needs ceil(90.9% × population) − participants more', () => {
    expect(gapInPoints(89.2, '90.9')).toBe(1.7);
    // ceil(0.909 × 96 804 933 = 87 995 684.097) − 86 350 000
    expect(gapInPersons('90.9', population, hi.participants!)).toBe(1_645_685);
    expect(millions(1_645_685, 2)).toBe(1.65);
  });

  it('puts the published "1.7 million" within the rounding of its inputs', () => {
    // 86.35 M is ± 5 000, 89.2% is ± 0.05: the corners bound what the exact figures could need
    const gaps = [86_345_000, 86_355_000].flatMap((p) =>
      ['89.15', '89.25'].map((r) => gapInPersons('90.9', impliedDenominator(p, r), p)!),
    );
    const [low, high] = [Math.min(...gaps), Math.max(...gaps)];
    expect(low).toBeGreaterThan(1_590_000);
    expect(high).toBeLessThan(1_700_000);
    expect(millions(high, 1)).toBe(1.7);
    expect(1_645_685).toBeGreaterThan(low);
    expect(1_645_685).toBeLessThan(high);
  });
});

describe('published year-end rates', () => {
  const implied = (asOf: string, scheme: string) => {
    const f = fig(asOf, scheme);
    return impliedDenominator(f.participants!, f.coveragePercent!);
  };

  it('HI 2022 (91.1 M, 92.04%) and 2023 (93.3 M, 93.35%) imply populations that give the rates back', () => {
    const p2022 = implied('2022-12-31', 'HI');
    const p2023 = implied('2023-12-31', 'HI');
    expect([p2022, p2023]).toEqual([98_978_705, 99_946_438]);
    expect(coverageRate(91_100_000, p2022)!.toFixed(2)).toBe('92.04');
    expect(coverageRate(93_300_000, p2023)!.toFixed(2)).toBe('93.35');
    // a population grows by about 1% a year, not by jumps
    expect(p2023 / p2022).toBeGreaterThan(1);
    expect(p2023 / p2022).toBeLessThan(1.015);
  });

  it('SI and UI of the same year imply the same labour force within 0.5%', () => {
    for (const year of ['2022-12-31', '2023-12-31']) {
      const si = implied(year, 'SI');
      const ui = implied(year, 'UI');
      expect(Math.abs(si - ui) / si, year).toBeLessThan(0.005);
    }
  });
});

describe('the seasonal dip', () => {
  const series = figures
    .filter((f) => f.scheme === 'HI' && f.participants != null)
    .map((f) => ({ month: f.asOf.slice(0, 7), participants: f.participants! }));

  it('Q1 2024 (90.2 M) is below end-2023 (93.3 M): the dip ratio comes from that pair', () => {
    expect(fig('2024-03-31', 'HI').participants!).toBeLessThan(
      fig('2023-12-31', 'HI').participants!,
    );
    expect(januaryDipRatio(series, 2025)).toBeCloseTo(90.2 / 93.3, 12);
    expect(januaryDipRatio(series, 2024)).toBeNull(); // no earlier January was published
  });

  it('starts the next year below December by that ratio', () => {
    // December 2024 is not published as a count: 95.0 M is a fixture level
    const withDecember = [...series, { month: '2024-12', participants: 95_000_000 }];
    const f = forecastYearEnd(withDecember, { year: 2025, asOf: '2025-01-10' })!;
    const january = 95_000_000 * (90_200_000 / 93_300_000);
    const slope = (95_000_000 - 90_200_000) / 9; // March → December 2024
    expect(f.basis).toBe('last-year');
    expect(f.point).toBe(Math.round(january + 11 * slope));
    expect(january).toBeLessThan(95_000_000);
  });
});

describe('end of November 2025 (Nhân Dân)', () => {
  it('SI 20.04 M is compulsory 18.032 M + voluntary 2.016 M, at 42.4%', () => {
    const total = fig('2025-11-30', 'SI');
    const sum =
      fig('2025-11-30', 'SI_COMPULSORY').participants! +
      fig('2025-11-30', 'SI_VOLUNTARY').participants!;
    expect(sum).toBe(20_048_000);
    // the published total is the sum cut (not rounded) to 0.01 M
    expect(Math.floor(sum / 10_000) * 10_000).toBe(total.participants);
    const labourForce = impliedDenominator(total.participants!, total.coveragePercent!);
    expect(labourForce).toBe(47_264_151);
    expect(coverageRate(total.participants!, labourForce)).toBe(42.4);
  });

  it('HI 92.6 M at 91.4% needs 3.8 M more for the 95.15% target, all in December', () => {
    const hi = fig('2025-11-30', 'HI');
    const population = impliedDenominator(hi.participants!, hi.coveragePercent!);
    const gap = gapInPersons('95.15', population, hi.participants!);
    expect(gap).toBe(3_799_234);
    expect(personsNeededPerMonth(gap, monthsLeftInYear(hi.asOf))).toBe(3_799_234);
  });
});

describe('"23 provinces above target, 40 below; Bac Lieu 12.3 points below"', () => {
  // seed 001's named provinces with their published gaps; the rest are filler to 63
  const named = [
    { name: 'Bạc Liêu', rate: 77.7, target: '90' },
    { name: 'Bình Thuận', rate: 80.3, target: '90' },
    { name: 'Tây Ninh', rate: 81.3, target: '91' },
    { name: 'Đồng Nai', rate: 82.6, target: '91' },
    { name: 'TP. Hồ Chí Minh', rate: 83, target: '91' },
  ];
  const filler = Array.from({ length: 58 }, (_, i) => ({
    name: `P${i}`,
    rate: 90,
    target: i < 23 ? '89.5' : '90.5',
  }));
  const provinces = [...named, ...filler].map((p) => ({
    ...p,
    gap: gapInPoints(p.rate, p.target),
  }));

  it('counts 23 at or above target and 40 below, Bac Lieu furthest below', () => {
    const { above, below } = aboveAndBelowTarget(provinces, (p) => p.gap);
    expect([above.length, below.length]).toEqual([23, 40]);
    expect(below.slice(0, 5).map((p) => [p.name, p.gap])).toEqual([
      ['Bạc Liêu', 12.3],
      ['Bình Thuận', 9.7],
      ['Tây Ninh', 9.7],
      ['Đồng Nai', 8.4],
      ['TP. Hồ Chí Minh', 8],
    ]);
  });

  it('ranks Binh Thuan and Tay Ninh together, 9.7 points below', () => {
    const ranks = new Map(
      rankAmongSiblings(provinces, (p) => p.gap).map((r) => [r.item.name, r.rank]),
    );
    expect(ranks.get('Bình Thuận')).toBe(ranks.get('Tây Ninh'));
    expect(ranks.get('Bạc Liêu')).toBe(63);
    expect(ranks.get('Bình Thuận')).toBe(61);
  });
});
