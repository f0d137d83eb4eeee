// A report's period is a month 'YYYY-MM': its figures are the stocks at the end of the month, or
// today's when the month is the current one (Vietnam time). Pure: today is an argument.
import { reportErrors } from './reports.errors.js';

export interface ReportPeriod {
  /** 'YYYY-MM' */
  month: string;
  year: number;
  /** the date the figures are read at: the month's last day, or today within the current month */
  at: string;
  /** true when the month is still running (at = today) */
  partial: boolean;
  /** 'Tháng 11/2025' */
  label: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** 'YYYY-MM-DD' of the last day of a month (1–12). */
export function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function reportPeriod(text: string, today: string): ReportPeriod {
  const match = MONTH.exec(text);
  if (!match || Number(match[1]) < 1900) throw reportErrors.periodInvalid(text);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const current = today.slice(0, 7);
  if (text > current) throw reportErrors.periodFuture(text, today);
  const partial = text === current;
  return {
    month: text,
    year,
    at: partial ? today : lastDayOfMonth(year, month),
    partial,
    label: `Tháng ${match[2]}/${year}`,
  };
}
