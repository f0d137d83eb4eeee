import { describe, expect, it } from 'vitest';
import { addMonths, addYears, ageOn, isoOf, monthStart, toDay } from './days.js';

describe('day numbers', () => {
  it('round-trips every date of two centuries like Date does', () => {
    for (let day = -25_000; day < 50_000; day += 7) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(isoOf(day)).toBe(iso);
      expect(toDay(iso)).toBe(day);
    }
  });

  it('adds months clamped to the month and counts completed years', () => {
    expect(isoOf(addMonths(toDay('2024-01-31'), 1))).toBe('2024-02-29');
    expect(isoOf(addYears(toDay('2024-02-29'), 1))).toBe('2025-02-28');
    expect(isoOf(monthStart(toDay('2026-11-28'), -13))).toBe('2025-10-01');
    expect(ageOn(toDay('2000-11-28'), toDay('2026-11-28'))).toBe(26);
    expect(ageOn(toDay('2000-11-29'), toDay('2026-11-28'))).toBe(25);
  });
});
