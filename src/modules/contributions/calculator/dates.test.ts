import { describe, expect, it } from 'vitest';
import { addMonths, checkDate, firstDayOf, validAt } from './dates.js';

const row = {
  id: 1,
  validFrom: '2025-07-01',
  validTo: '2025-08-15',
  legalRef: 'x',
  confirmed: true,
};

describe('civil dates', () => {
  it('adds months keeping the day, clamped to the month’s end', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-08-14', 0)).toBe('2025-08-14');
  });

  it('refuses dates and months that do not exist', () => {
    expect(() => checkDate('2025-02-29', 'start')).toThrow(
      expect.objectContaining({ code: 'CONTRIBUTIONS_BAD_DATE' }),
    );
    expect(checkDate('2024-02-29', 'start')).toBe('2024-02-29');
    expect(() => firstDayOf('2025-00')).toThrow(expect.objectContaining({ status: 400 }));
    expect(firstDayOf('2025-07')).toBe('2025-07-01');
  });

  it('treats validity as [validFrom, validTo)', () => {
    expect(validAt(row, '2025-06-30')).toBe(false);
    expect(validAt(row, '2025-07-01')).toBe(true);
    expect(validAt(row, '2025-08-14')).toBe(true);
    expect(validAt(row, '2025-08-15')).toBe(false);
    expect(validAt({ ...row, validTo: null }, '2099-01-01')).toBe(true);
  });
});
