import { describe, expect, it } from 'vitest';
import { breakDown, isoWeekYear, periodStarts } from './plans.rules.js';

const values = (r: ReturnType<typeof breakDown>) => {
  if ('problems' in r) throw new Error(JSON.stringify(r.problems));
  return r.values.map(Number);
};

describe('periodStarts', () => {
  it('gives the twelve first days of the months', () => {
    const months = periodStarts(2025, 'month');
    expect(months).toHaveLength(12);
    expect([months[0], months[11]]).toEqual(['2025-01-01', '2025-12-01']);
  });

  it('gives the Mondays of the ISO weeks: 52 in 2025 from 30 Dec 2024, 53 in 2026', () => {
    const weeks = periodStarts(2025, 'week');
    expect(weeks).toHaveLength(52);
    expect(weeks[0]).toBe('2024-12-30');
    expect(weeks[51]).toBe('2025-12-22');
    expect(periodStarts(2026, 'week')).toHaveLength(53);
    expect(periodStarts(2026, 'week')[52]).toBe('2026-12-28');
    expect(isoWeekYear('2027-01-01')).toBe(2026);
  });
});

describe('breakDown', () => {
  it('splits a count evenly in whole persons, ending exactly at the target', () => {
    const v = values(breakDown({ measure: 'participants', start: 0, target: 1000, periods: 12 }));
    expect(v).toHaveLength(12);
    expect(v[0]).toBe(83); // 1000/12 = 83.33, rounded toward the start
    expect(v[11]).toBe(1000);
    expect(v.every(Number.isInteger)).toBe(true);
    expect(v.every((x, i) => i === 0 || x >= v[i - 1]!)).toBe(true);
  });

  it('splits a rate from its start value in steps of 0.01 point, ending at the target', () => {
    const v = values(
      breakDown({ measure: 'coverage_rate', start: '94.29', target: '95.15', periods: 12 }),
    );
    expect(v[0]).toBe(94.36); // 94.29 + 0.86/12 = 94.3616…
    expect(v[5]).toBe(94.72);
    expect(v[11]).toBe(95.15);
    expect(v.every((x, i) => i === 0 || x >= v[i - 1]!)).toBe(true);
  });

  it('follows the weights: nothing gained in weighted-zero months', () => {
    const weights = [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    const v = values(
      breakDown({ measure: 'participants', start: 100, target: 200, periods: 12, weights }),
    );
    expect(v.slice(0, 2)).toEqual([100, 100]);
    expect(v[2]).toBe(110);
    expect(v[11]).toBe(200);
  });

  it('refuses weights of the wrong length, negative or all zero', () => {
    for (const weights of [[1, 2], Array(12).fill(0), [-1, ...Array(11).fill(1)]]) {
      const r = breakDown({ measure: 'participants', start: 0, target: 10, periods: 12, weights });
      expect('problems' in r && r.problems[0]!.field).toBe('weights');
    }
  });
});
