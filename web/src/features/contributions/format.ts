// Display of the contributions figures: percentages arrive as numeric text in percent units
// ('4.5000'), months as 'YYYY-MM'; money and dates use the app's helpers (app/format.ts).

const percentNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
const rateNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** '4.5000' → '4,5%'; text that is not a number is shown as it is. */
export function formatPercentText(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const number = Number(value);
  return Number.isFinite(number) ? `${percentNumber.format(number)}%` : value;
}

/** A share between 0 and 1 (a coverage rate) as '63,25%'. */
export function formatRate(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${rateNumber.format(value * 100)}%`;
}

/** '2024-08' → '08/2024'. */
export function formatMonth(value: string | undefined): string {
  const match = value ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  return match ? `${match[2]}/${match[1]}` : (value ?? '');
}

/** Digits grouped the Vietnamese way while typing an amount: 50000000 → '50.000.000'. */
export function groupDigits(value: string | number | undefined): string {
  return `${value ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The inverse of groupDigits: whatever is typed, only its digits. */
export function digitsOnly(text: string | undefined): string {
  return (text ?? '').replace(/\D/g, '');
}
