import { describe, expect, it } from 'vitest';
import { decimalToShare, equalShares, SHARE_ONE, shareToDecimal } from './geo.shares.js';

describe('shares', () => {
  it('splits equally into shares that sum to exactly one', () => {
    for (const n of [1, 2, 3, 7, 11]) {
      const shares = equalShares(n);
      expect(shares).toHaveLength(n);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(SHARE_ONE);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    }
  });

  it('converts between billionths and 9-place decimals without loss', () => {
    expect(shareToDecimal(SHARE_ONE)).toBe('1.000000000');
    expect(shareToDecimal(333_333_334)).toBe('0.333333334');
    expect(decimalToShare('0.333333334')).toBe(333_333_334);
    expect(decimalToShare('0.5')).toBe(500_000_000);
    expect(decimalToShare('1')).toBe(SHARE_ONE);
  });

  it('rejects text that is not a share', () => {
    expect(() => decimalToShare('0.1234567891')).toThrow();
    expect(() => decimalToShare('abc')).toThrow();
    expect(() => equalShares(0)).toThrow();
  });
});
