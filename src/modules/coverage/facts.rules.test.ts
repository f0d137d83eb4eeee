import { describe, expect, it } from 'vitest';
import { ageBand, isMonth, monthCountsIn, monthEnd, monthsBetween } from './facts.rules.js';

describe('coverage fact months and bands', () => {
  it('bands ages at their lower bounds', () => {
    const cases: [number, string][] = [
      [0, '0-5'],
      [5, '0-5'],
      [6, '6-17'],
      [17, '6-17'],
      [18, '18-24'],
      [24, '18-24'],
      [25, '25-59'],
      [59, '25-59'],
      [60, '60-74'],
      [74, '60-74'],
      [75, '75+'],
      [104, '75+'],
    ];
    for (const [age, band] of cases) expect(ageBand(age), `age ${age}`).toBe(band);
  });

  it('finds month ends, leap years included, and month ranges across years', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2025-02-01')).toBe('2025-02-28');
    expect(monthEnd('2025-12')).toBe('2025-12-31');
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-01')).toBe(true);
  });

  it('counts a month when its last day is in [from, to)', () => {
    expect(monthCountsIn('2026-01-01', '2026-01-31', null)).toBe(true);
    expect(monthCountsIn('2026-01-01', '2026-02-01', null)).toBe(false);
    expect(monthCountsIn('2026-01-01', '2025-06-01', '2026-01-31')).toBe(false);
    expect(monthCountsIn('2026-01-01', '2025-06-01', '2026-02-01')).toBe(true);
  });
});
