// Civil dates as day numbers (days since 1970-01-01), so the generator does arithmetic on
// integers and formats 'YYYY-MM-DD' only when it writes a row. Conversions use Howard
// Hinnant's days-from-civil algorithms (integer only): the generator converts tens of
// millions of dates, and going through Date objects was a fifth of its time.

/** [year, month 1–12, day 1–31] of a day number */
export function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** day number of a civil date; months outside 1–12 roll into other years */
export function dayFrom(year: number, month: number, dayOfMonth: number): number {
  const y0 = year + Math.floor((month - 1) / 12);
  const m0 = ((((month - 1) % 12) + 12) % 12) + 1;
  const y = m0 <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m0 > 2 ? m0 - 3 : m0 + 9) + 2) / 5) + dayOfMonth - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) => (m === 2 && leap(y) ? 29 : DAYS_IN[m - 1]!);

export function toDay(iso: string): number {
  return dayFrom(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

const isoCache = new Map<number, string>();
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
export function isoOf(day: number): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    const [y, m, d] = civil(day);
    text = `${y}-${pad(m)}-${pad(d)}`;
    isoCache.set(day, text);
  }
  return text;
}

export const yearOf = (day: number): number => civil(day)[0];

/** the same day of the month `months` later, clamped to the month's length (31 Jan → 28 Feb) */
export function addMonths(day: number, months: number): number {
  const [y, m, d] = civil(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return dayFrom(ny, nm, Math.min(d, monthLength(ny, nm)));
}

export const addYears = (day: number, years: number) => addMonths(day, 12 * years);

/** the first day of the month containing `day`, moved by `months` */
export function monthStart(day: number, months = 0): number {
  const [y, m] = civil(day);
  return dayFrom(y, m + months, 1);
}

/** completed years of age on `at` */
export function ageOn(birth: number, at: number): number {
  const [by, bm, bd] = civil(birth);
  const [ay, am, ad] = civil(at);
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

/** 'dd/mm/yyyy', as decisions are dated in Vietnamese text */
export function viDateOf(day: number): string {
  const [y, m, d] = isoOf(day).split('-');
  return `${d}/${m}/${y}`;
}
