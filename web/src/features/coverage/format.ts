// Figures of the board the Vietnamese way: 89,21% and 1,7 điểm (decimal comma), 1.234.567
// persons. Null stays null: the caller says why a figure is unknown.
import { formatNumber } from '../../app/format';

const percent = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const points = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 2,
});

/** 89.2134 → "89,21%" */
export function formatPercent(value: number | null | undefined): string | null {
  return value === null || value === undefined ? null : `${percent.format(value)}%`;
}

/** Percentage points, without unit: 1.7 → "1,7" */
export function formatPoints(value: number | null | undefined): string | null {
  return value === null || value === undefined ? null : points.format(value);
}

export function formatCount(value: number | null | undefined): string | null {
  return value === null || value === undefined ? null : formatNumber(value);
}

/** 'YYYY-MM' → 'MM/YYYY' */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-');
  return m && year ? `${m}/${year}` : month;
}
