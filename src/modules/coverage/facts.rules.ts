// Pure month arithmetic of the coverage facts: a fact of month 'YYYY-MM-01' counts the periods
// valid on that month's last day, so a change to a period matters to the months whose last
// day falls in the days it covers or uncovers.

/** Age bands on the count day, by lower bound in whole years. They follow the support groups:
 * children under 6 (HI paid by the state budget), pupils (6–17), students (18–24), working age
 * (25–59), the elderly (60–74) and the social-pension age (75 and over). */
export const AGE_BANDS: readonly { code: string; from: number }[] = [
  { code: '0-5', from: 0 },
  { code: '6-17', from: 6 },
  { code: '18-24', from: 18 },
  { code: '25-59', from: 25 },
  { code: '60-74', from: 60 },
  { code: '75+', from: 75 },
];

export function ageBand(age: number): string {
  let band = AGE_BANDS[0]!.code;
  for (const b of AGE_BANDS) if (age >= b.from) band = b.code;
  return band;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** 'YYYY-MM' → 'YYYY-MM-01' */
export const monthStart = (month: string) => `${month.slice(0, 7)}-01`;

/** The last day of the month of 'YYYY-MM' or 'YYYY-MM-DD'. */
export function monthEnd(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month.slice(0, 7)}-${String(day).padStart(2, '0')}`;
}

/** Every month from `from` to `to` ('YYYY-MM', inclusive), as 'YYYY-MM'. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (let key = from; key <= to;) {
    out.push(key);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    key = `${y}-${String(m).padStart(2, '0')}`;
  }
  return out;
}

/** Whether a month ('YYYY-MM-01') counts on a day in [from, to) (to null: unbounded). */
export function monthCountsIn(month: string, from: string, to: string | null): boolean {
  const end = monthEnd(month);
  return from <= end && (to === null || end < to);
}
