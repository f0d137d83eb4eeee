// Exact money arithmetic. Rule values arrive as decimal text ('4.5', '0.3000', '20.0000'); they
// become bigint counts of millionths (micro units) so that no binary floating point ever touches
// an amount: 0.5% of 46,800,000 is exactly 234,000.
//
// Rounding, stated once for the whole calculator: every breakdown line is rounded half up (away
// from zero) to whole VND exactly once, from the exact product of its base and all its factors;
// a line derived from another line (member 2 pays 70% of member 1's amount) starts from that
// rounded line, as the decree words it; longer periods are sums of the rounded monthly lines
// (so a year is 12 × the rounded monthly amount).
import { calculatorErrors } from './calculator.errors.js';

/** millionths: '4.5' → 4_500_000n */
export const MICRO = 1_000_000n;
/** 100% in micro-percent */
export const HUNDRED = 100n * MICRO;

const DECIMAL = /^(\d{1,12})(?:\.(\d{1,6}))?$/;

/** Decimal text (at most 6 places) → micro units. `table` names the rule in the error. */
export function toMicro(text: string, table = 'rule'): bigint {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw calculatorErrors.badRuleValue(table, text);
  const fraction = (m[2] ?? '').padEnd(6, '0');
  return BigInt(m[1]!) * MICRO + BigInt(fraction);
}

/** micro units → shortest decimal text: 4_500_000n → '4.5', 20_000_000n → '20' */
export function fromMicro(micro: bigint): string {
  const sign = micro < 0n ? '-' : '';
  const abs = micro < 0n ? -micro : micro;
  const whole = abs / MICRO;
  const fraction = (abs % MICRO).toString().padStart(6, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** num / den rounded half away from zero (den > 0). */
export function divRound(num: bigint, den: bigint): bigint {
  if (num < 0n) return -divRound(-num, den);
  return (2n * num + den) / (2n * den);
}

/** bigint VND back to a number, refusing anything past 2^53 (never a real amount). */
export function toVnd(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`amount ${value} too large`);
  return Number(value);
}

/** amount × p1% × p2% × … rounded once to whole VND. */
export function percentOf(amount: number, ...percents: bigint[]): number {
  let num = BigInt(amount);
  let den = 1n;
  for (const p of percents) {
    num *= p;
    den *= HUNDRED;
  }
  return toVnd(divRound(num, den));
}

/** amount × a multiple given in micro units (20 × base salary), rounded to whole VND. */
export function timesMultiple(amount: number, multiple: bigint): number {
  return toVnd(divRound(BigInt(amount) * multiple, MICRO));
}

/** part / whole as a percentage in micro units, rounded (for remainder lines' display). */
export function shareOf(part: number, whole: number): bigint {
  return whole === 0 ? 0n : divRound(BigInt(part) * HUNDRED, BigInt(whole));
}
