// Civil dates as 'YYYY-MM-DD' strings: no time zone, no clock. Arithmetic goes through UTC
// midnight, which has no daylight saving and cannot drift.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCivilDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Today's civil date in Vietnam (UTC+7, no daylight saving). */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Is `at` inside [from, to) where a null `to` is open-ended? */
export function withinValidity(at: string, from: string, to: string | null): boolean {
  return from <= at && (to === null || at < to);
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', the form Vietnamese readers expect. */
export function viDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
