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
  percentToScaled,
  personsNeededPerMonth,
  rankAmongSiblings,
  shareOfTargetReached,
  targetPersons,
} from './coverage.rules.js';

describe('percentages as exact integers', () => {
  it('reads decimal text and numbers with up to 4 decimals as percent × 10⁴', () => {
    expect(percentToScaled('90.9')).toBe(909_000n);
    expect(percentToScaled(95.15)).toBe(951_500n);
    expect(percentToScaled('0.0001')).toBe(1n);
    expect(percentToScaled('100')).toBe(1_000_000n);
  });

  it('refuses more than 4 decimals, exponents and words', () => {
    for (const bad of ['1.23456', '1e2', 'ninety', '', '9,5']) {
      expect(() => percentToScaled(bad), bad).toThrow(RangeError);
    }
  });
});

describe('coverage rate', () => {
  it('is participants over denominator in percent, rounded to 4 decimals', () => {
    expect(coverageRate(1, 3)).toBe(33.3333);
    expect(coverageRate(2, 3)).toBe(66.6667);
    expect(coverageRate(909, 1000)).toBe(90.9);
  });

  it('is unknown (null), never a wrong number, when the denominator is missing or 0', () => {
    expect(coverageRate(5, null)).toBeNull();
    expect(coverageRate(5, 0)).toBeNull();
  });
});

describe('gaps', () => {
  it('gives the gap in points exactly, positive below target', () => {
    // 90.9 − 89.2 in floats is 1.7000000000000028
    expect(gapInPoints(89.2, '90.9')).toBe(1.7);
    expect(gapInPoints(96, '95.15')).toBe(-0.85);
    expect(gapInPoints(null, '90')).toBeNull();
  });

  it('computes ceil(target × denominator) without float drift', () => {
    // 92.04 / 100 × 2500 is 2301.0000000000005 in floats: Math.ceil would ask one person too many
    expect(targetPersons('92.04', 2500)).toBe(2301);
    expect(targetPersons('90.9', 1001)).toBe(910); // 909.909 → 910
    expect(targetPersons('90', null)).toBeNull();
    expect(() => targetPersons('-1', 10)).toThrow(RangeError);
  });

  it('gives the persons still needed, negative above target, null when unknown', () => {
    expect(gapInPersons('90.9', 1000, 900)).toBe(9);
    expect(gapInPersons('90', 100, 95)).toBe(-5);
    expect(gapInPersons('90', 0, 95)).toBeNull();
  });

  it('gives the share of the target count reached', () => {
    expect(shareOfTargetReached(909, 1000)).toBe(90.9);
    expect(shareOfTargetReached(10, null)).toBeNull();
  });

  it('implies a denominator from a published count and rate, to the nearest person', () => {
    expect(impliedDenominator(909, '90.9')).toBe(1000);
    expect(impliedDenominator(2, '3')).toBe(67); // 66.67 → 67
    expect(() => impliedDenominator(2, '0')).toThrow(RangeError);
  });
});

describe('ranking among siblings', () => {
  const sibs = [
    { code: 'A', gap: 3 },
    { code: 'B', gap: -1 },
    { code: 'C', gap: 3 },
    { code: 'D', gap: null },
    { code: 'E', gap: 0 },
  ];

  it('ranks by gap, ties sharing a rank, unknown gaps last and unranked', () => {
    const ranked = rankAmongSiblings(sibs, (s) => s.gap);
    expect(ranked.map((r) => [r.item.code, r.rank])).toEqual([
      ['B', 1],
      ['E', 2],
      ['A', 3],
      ['C', 3],
      ['D', null],
    ]);
  });

  it('splits at-or-above from below target, the furthest below first, ties in input order', () => {
    const split = aboveAndBelowTarget([...sibs, { code: 'F', gap: 12.3 }], (s) => s.gap);
    expect(split.above.map((s) => s.code)).toEqual(['B', 'E']);
    expect(split.below.map((s) => s.code)).toEqual(['F', 'A', 'C']); // A and C tie: input order
  });
});

describe('persons needed per month', () => {
  it('rounds up, is 0 at or above target and null with no month left', () => {
    expect(personsNeededPerMonth(1000, 3)).toBe(334);
    expect(personsNeededPerMonth(-5, 3)).toBe(0);
    expect(personsNeededPerMonth(10, 0)).toBeNull();
    expect(personsNeededPerMonth(null, 3)).toBeNull();
  });

  it('counts the whole months left after the month of the date', () => {
    expect(monthsLeftInYear('2025-11-30')).toBe(1);
    expect(monthsLeftInYear('2025-01-15')).toBe(11);
    expect(monthsLeftInYear('2025-12-31')).toBe(0);
  });
});

describe('year-end forecast', () => {
  it('extends a straight line through the months of the year seen so far', () => {
    const series = [
      { month: '2025-01', participants: 100 },
      { month: '2025-02', participants: 110 },
      { month: '2025-03', participants: 120 },
      { month: '2025-04', participants: 999 }, // after asOf: not seen yet
    ];
    const f = forecastYearEnd(series, { year: 2025, asOf: '2025-03-31' })!;
    expect(f).toMatchObject({ point: 210, low: 210, high: 210, slopePerMonth: 10 });
    expect(f).toMatchObject({ basis: 'this-year', monthsAhead: 9 });
  });

  it('gives an interval of ± 1.96 × residual sd × √(months ahead)', () => {
    // hand fit: slope 48/5 = 9.6, intercept 91, residuals ±0.6, ±1.8 → sd √3.6
    const series = [100, 112, 118, 130].map((p, i) => ({
      month: `2025-0${i + 1}`,
      participants: p,
    }));
    const f = forecastYearEnd(series, { year: 2025, asOf: '2025-04-30' })!;
    expect(f.point).toBe(206); // 91 + 9.6 × 12 = 206.2
    expect(f.slopePerMonth).toBeCloseTo(9.6, 10);
    // half width 1.96 × 1.8974 × √8 = 10.52
    expect([f.low, f.high]).toEqual([195, 217]);
  });

  it('takes the January dip as the mean start-of-year ÷ previous December', () => {
    const series = [
      { month: '2022-12', participants: 800 },
      { month: '2023-02', participants: 780 }, // first month seen in Q1 2023
      { month: '2023-12', participants: 1000 },
      { month: '2024-01', participants: 950 },
    ];
    expect(januaryDipRatio(series, 2025)).toBeCloseTo((0.975 + 0.95) / 2, 12);
    expect(januaryDipRatio(series, 2024)).toBeCloseTo(0.975, 12);
    expect(januaryDipRatio(series, 2023)).toBeNull();
  });

  it('before two months are seen, starts from December after the dip on last year’s slope', () => {
    const series = [
      { month: '2022-12', participants: 220 },
      { month: '2023-01', participants: 198 }, // dip 0.9; not part of the Feb–Dec trend
      { month: '2023-02', participants: 100 },
      { month: '2023-07', participants: 150 },
      { month: '2023-12', participants: 200 },
    ];
    const f = forecastYearEnd(series, { year: 2024, asOf: '2024-01-05' })!;
    // January 2024 = 200 × 0.9 = 180, then + 10 a month for 11 months
    expect(f).toMatchObject({ point: 290, basis: 'last-year', monthsAhead: 11, low: 290 });
    expect(f.januaryDipRatio).toBeCloseTo(0.9, 12);
  });

  it('with no history, holds the one month seen flat and gives no interval', () => {
    const f = forecastYearEnd([{ month: '2024-03', participants: 500 }], {
      year: 2024,
      asOf: '2024-03-31',
    })!;
    expect(f).toMatchObject({ point: 500, low: null, high: null, januaryDipRatio: null });
  });

  it('has nothing to say without any figure of the year or last December', () => {
    expect(forecastYearEnd([], { year: 2024, asOf: '2024-03-31' })).toBeNull();
  });
});
