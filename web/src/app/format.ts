// Display helpers: dates as dd/mm/yyyy, numbers grouped the Vietnamese way (1.234.567).
// API dates are civil dates 'YYYY-MM-DD'; they are formatted as text, never through Date,
// so no time zone can shift them by a day.

/** First day of the two-tier system (province → commune), Resolution 202/2025/QH15. */
export const REFORM_DATE = '2025-07-01';
/** Last day of the three-tier system (province → district → commune). */
export const BEFORE_REFORM_DATE = '2025-06-30';

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written 'YYYY-MM-DD' (so '2025-02-30' is rejected). */
export function isCivilDate(value: string | null | undefined): value is string {
  const match = typeof value === 'string' ? CIVIL_DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function formatDate(value: string | null | undefined): string {
  const match = value ? CIVIL_DATE.exec(value) : null;
  if (!match) return value ?? '';
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** The day before a civil date: the last day of a period whose end is exclusive. */
export function dayBefore(value: string): string {
  const match = CIVIL_DATE.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) - 1));
  return date.toISOString().slice(0, 10);
}

/** Today's date in Vietnam (UTC+7), the same "today" the API uses by default. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

const numberFormat = new Intl.NumberFormat('vi-VN');
const percentFormat = new Intl.NumberFormat('vi-VN', {
  style: 'percent',
  maximumFractionDigits: 2,
});

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** An amount of đồng as "1.234.567 ₫" (the space is kept on one line by the "money" class). */
export function formatMoney(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${numberFormat.format(value)} ₫`;
}

/** A share such as "0.250000000" (decimal string from the API) as "25%". */
export function formatShare(share: string): string {
  const value = Number(share);
  return Number.isFinite(value) ? percentFormat.format(value) : share;
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant (ISO timestamp) as "dd/mm/yyyy HH:mm:ss" in Vietnam time, whatever the browser's zone. */
export function formatDateTime(value: string | null | undefined): string {
  const date = value ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return value ?? '';
  const p = Object.fromEntries(dateTimeFormat.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}
