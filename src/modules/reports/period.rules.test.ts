import { describe, expect, it } from 'vitest';
import type { AppError } from '../../platform/errors.js';
import { lastDayOfMonth, reportPeriod } from './period.rules.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as AppError).code;
  }
  return null;
};

describe('report period', () => {
  it('reads a past month at its last day, leap years included', () => {
    expect(reportPeriod('2025-11', '2026-03-10')).toEqual({
      month: '2025-11',
      year: 2025,
      at: '2025-11-30',
      partial: false,
      label: 'Tháng 11/2025',
    });
    expect(reportPeriod('2024-02', '2026-03-10').at).toBe('2024-02-29');
    expect(lastDayOfMonth(2025, 2)).toBe('2025-02-28');
    expect(lastDayOfMonth(2025, 12)).toBe('2025-12-31');
  });

  it('reads the current month at today', () => {
    const p = reportPeriod('2026-03', '2026-03-10');
    expect(p.at).toBe('2026-03-10');
    expect(p.partial).toBe(true);
  });

  it('refuses a month after the current one', () => {
    expect(codeOf(() => reportPeriod('2026-04', '2026-03-31'))).toBe('REPORT_PERIOD_FUTURE');
  });

  it('refuses anything but YYYY-MM', () => {
    for (const bad of ['2025-13', '2025-1', '2025-11-30', '11/2025', '', '0999-01'])
      expect(
        codeOf(() => reportPeriod(bad, '2026-03-10')),
        bad,
      ).toBe('REPORT_PERIOD_INVALID');
  });
});
