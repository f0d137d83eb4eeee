// Shares are integers in billionths so that a set of shares sums to exactly one.
export const SHARE_ONE = 1_000_000_000;

/** n shares that sum to exactly one, the remainder going to the first ones. */
export function equalShares(n: number): number[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('need at least one successor');
  const base = Math.floor(SHARE_ONE / n);
  const remainder = SHARE_ONE - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < remainder ? 1 : 0));
}

export function shareToDecimal(nano: number): string {
  const whole = Math.floor(nano / SHARE_ONE);
  const frac = String(nano % SHARE_ONE).padStart(9, '0');
  return `${whole}.${frac}`;
}

export function decimalToShare(text: string): number {
  const match = /^(\d)(?:\.(\d{1,9}))?$/.exec(text.trim());
  if (!match) throw new RangeError(`not a share: ${text}`);
  return Number(match[1]) * SHARE_ONE + Number((match[2] ?? '').padEnd(9, '0'));
}
