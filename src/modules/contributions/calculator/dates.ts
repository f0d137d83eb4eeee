// Civil dates as 'YYYY-MM-DD' text and months as 'YYYY-MM': compared as strings, never through
// Date objects in local time. Rule rows hold on [validFrom, validTo).
import { calculatorErrors } from './calculator.errors.js';
import type { DatedRow } from '../rules.types.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Refuses anything but a real 'YYYY-MM'; returns its first day. */
export function firstDayOf(month: string, field = 'month'): string {
  if (!MONTH.test(month)) throw calculatorErrors.badDate(field, month, 'YYYY-MM');
  return `${month}-01`;
}

/** Refuses anything but a real calendar date ('2025-02-30' included). */
export function checkDate(date: string, field: string): string {
  const m = DATE.exec(date);
  if (!m || Number(m[3]) > daysIn(Number(m[1]), Number(m[2]))) {
    throw calculatorErrors.badDate(field, date, 'YYYY-MM-DD');
  }
  return date;
}

/** The same day n months later, clamped to the month's end (01-31 + 1 → 02-28). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysIn(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const monthOf = (date: string): string => date.slice(0, 7);

export function validAt(row: DatedRow, date: string): boolean {
  return row.validFrom <= date && (row.validTo === null || date < row.validTo);
}
