// Pure rules of coverage targets: what a valid target is, and how a year's target breaks into
// cumulative monthly or weekly plan values. Values travel as exact decimal text; the arithmetic
// is on integers scaled by 10^4 (the numeric(16,4) of the tables), never on floats.
import type { Problem } from './coverage.errors.js';
import type { Measure } from './targets.codes.js';

export * from './targets.codes.js';

const SCALE = 10_000n;

/** '95.15' or 95.15 → 951500n (ten-thousandths); null when not a plain decimal of ≤ 4 places. */
export function toScaled(value: string | number): bigint | null {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = /^(-?)(\d{1,12})(?:\.(\d{1,4}))?$/.exec(text);
  if (!m) return null;
  const scaled = BigInt(m[2]!) * SCALE + BigInt((m[3] ?? '').padEnd(4, '0'));
  return m[1] ? -scaled : scaled;
}

/** 951500n → '95.15' (no trailing zeros). */
export function fromScaled(scaled: bigint): string {
  const sign = scaled < 0n ? '-' : '';
  const abs = scaled < 0n ? -scaled : scaled;
  const frac = String(abs % SCALE)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${sign}${abs / SCALE}${frac ? `.${frac}` : ''}`;
}

export interface TargetValue {
  measure: Measure;
  value: string | number;
}

/** Problems of a target's value for its measure: rates are percents 0–100, counts persons ≥ 0. */
export function valueProblems(t: TargetValue): Problem[] {
  const scaled = toScaled(t.value);
  if (scaled === null)
    return [
      {
        field: 'value',
        en: 'must be a number with at most 4 decimals',
        vi: 'phải là số có tối đa 4 chữ số thập phân',
      },
    ];
  if (t.measure === 'coverage_rate' && (scaled < 0n || scaled > 100n * SCALE))
    return [
      {
        field: 'value',
        en: `a coverage rate is a percent from 0 to 100, not ${fromScaled(scaled)}`,
        vi: `tỷ lệ bao phủ là phần trăm từ 0 đến 100, không thể là ${fromScaled(scaled)}`,
      },
    ];
  if (t.measure === 'participants' && (scaled < 0n || scaled % SCALE !== 0n))
    return [
      {
        field: 'value',
        en: `a number of participants is a whole number ≥ 0, not ${fromScaled(scaled)}`,
        vi: `số người tham gia phải là số nguyên không âm, không thể là ${fromScaled(scaled)}`,
      },
    ];
  return [];
}

/** Names the seed file uses for localities, by search key (no diacritics), → their codes. */
const LOCALITY_NAMES: Record<string, string> = { 'viet nam': 'VN', 'hai duong': '30' };

/** A locality as a code, or one of the seed's names turned into its code. */
export function localityCode(locality: string, key: (s: string) => string): string {
  return LOCALITY_NAMES[key(locality)] ?? locality.trim();
}

/** Targets name the locality as it was on 1 January of their year (or, if created later, on 31 December). */
export const yearStart = (year: number) => `${year}-01-01`;
