import { describe, expect, it } from 'vitest';
import {
  aboveAndBelow,
  boardForecast,
  childFigures,
  sumScope,
  trendMonths,
} from './board.rules.js';

const child = (
  code: string,
  participants: number | null,
  denominator: number | null,
  target?: number,
) => ({
  code,
  name: code,
  level: 'province',
  participants,
  denominator,
  target: target == null ? null : { value: target, measure: 'coverage_rate' },
});

describe('childFigures', () => {
  it('ranks by rate (1 = highest, ties share), leaves unknown rates unranked', () => {
    const rows = childFigures([
      child('A', 900, 1000, 95),
      child('B', 960, 1000, 95),
      child('C', 900, 1000),
      child('D', 500, null, 95),
    ]);
    expect(rows.map((r) => [r.code, r.ratePercent, r.rank, r.status])).toEqual([
      ['A', 90, 2, 'below'],
      ['B', 96, 1, 'above'],
      ['C', 90, 2, 'unknown'],
      ['D', null, null, 'unknown'],
    ]);
    expect(rows[0]).toMatchObject({ gapPoints: 5, gapPersons: 50, targetPercent: 95 });
  });

  it('lists above target by margin and below by shortfall', () => {
    const rows = childFigures([
      child('A', 900, 1000, 95),
      child('B', 960, 1000, 95),
      child('C', 800, 1000, 95),
      child('E', 990, 1000, 95),
    ]);
    expect(aboveAndBelow(rows)).toEqual({ above: ['E', 'B'], below: ['C', 'A'] });
  });
});

describe('board helpers', () => {
  it('sums a scope, or every commune for the country', () => {
    const totals = new Map([
      [1, 10],
      [2, 5],
      [3, 7],
    ]);
    expect(sumScope(totals, [1, 3, 9])).toBe(17);
    expect(sumScope(totals, null)).toBe(22);
  });

  it('covers January of last year to the month of the date', () => {
    const months = trendMonths('2026-03-15');
    expect(months[0]).toBe('2025-01-01');
    expect(months.at(-1)).toBe('2026-03-01');
    expect(months).toHaveLength(15);
  });

  it('projects the year end in persons and rate, and the persons needed per month', () => {
    const series = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => ({
      month: `2026-${String(m).padStart(2, '0')}`,
      participants: 900 + 5 * m + (m % 2),
    }));
    const f = boardForecast({ series, at: '2026-10-31', denominator: 1000, gapPersons: 40 })!;
    expect(f.participants).toBeGreaterThan(955);
    expect(f.participants).toBeLessThan(965);
    expect(f.ratePercent).toBeCloseTo(f.participants / 10, 4);
    expect(f.low!).toBeLessThan(f.participants);
    expect(f.monthsLeft).toBe(2);
    expect(f.personsNeededPerMonth).toBe(20);
  });
});
