import { describe, expect, it } from 'vitest';
import { addDays, isCivilDate, todayInVietnam, withinValidity } from './dates.js';

describe('civil dates', () => {
  it('accepts real dates only', () => {
    expect(isCivilDate('2025-07-01')).toBe(true);
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2025-02-29')).toBe(false);
    expect(isCivilDate('2025-7-1')).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2025-07-01', -1)).toBe('2025-06-30');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('uses Vietnam time for today (UTC+7)', () => {
    expect(todayInVietnam(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
    expect(todayInVietnam(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
  });

  it('treats validity as [from, to) with an open end when to is null', () => {
    expect(withinValidity('2025-06-30', '2008-08-01', '2025-07-01')).toBe(true);
    expect(withinValidity('2025-07-01', '2008-08-01', '2025-07-01')).toBe(false);
    expect(withinValidity('2030-01-01', '2025-07-01', null)).toBe(true);
  });
});
