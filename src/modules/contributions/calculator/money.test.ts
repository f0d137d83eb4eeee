import { describe, expect, it } from 'vitest';
import { divRound, fromMicro, percentOf, shareOf, timesMultiple, toMicro } from './money.js';
import { groupDigits } from './format.js';

describe('exact money arithmetic', () => {
  it('reads decimal rule text as micro units', () => {
    expect(toMicro('4.5')).toBe(4_500_000n);
    expect(toMicro('0.3000')).toBe(300_000n);
    expect(toMicro('20.0000')).toBe(20_000_000n);
    expect(toMicro('0.000001')).toBe(1n);
  });

  it('refuses rule text that is not a plain decimal', () => {
    for (const bad of ['', 'abc', '1e3', '-1', '4,5', '0.0000001']) {
      expect(() => toMicro(bad, 'contribution_rate')).toThrow(
        expect.objectContaining({ code: 'CONTRIBUTIONS_BAD_RULE_VALUE', status: 422 }),
      );
    }
  });

  it('prints micro units back as the shortest decimal', () => {
    expect(fromMicro(4_500_000n)).toBe('4.5');
    expect(fromMicro(20_000_000n)).toBe('20');
    expect(fromMicro(0n)).toBe('0');
    expect(fromMicro(-1_250_000n)).toBe('-1.25');
  });

  it('has no floating-point drift: 0.5% of 46,800,000 is exactly 234,000', () => {
    // binary floats put 0.7% of 4,500 (exactly 31.5) just under the half: 31.4999…
    expect(Math.round(4_500 * (0.7 / 100))).toBe(31);
    expect(percentOf(4_500, toMicro('0.7'))).toBe(32);
    expect(percentOf(46_800_000, toMicro('0.5'))).toBe(234_000);
    expect(percentOf(46_800_000, toMicro('1.5'))).toBe(702_000);
    expect(percentOf(2_340_000, toMicro('4.5'))).toBe(105_300);
  });

  it('rounds each result half up to whole VND, once', () => {
    expect(percentOf(100, toMicro('0.5'))).toBe(1); // 0.5 → 1
    expect(percentOf(100, toMicro('0.4999'))).toBe(0);
    expect(percentOf(12_345_678, toMicro('0.3'))).toBe(37_037); // 37,037.034
    expect(percentOf(113_850, toMicro('70'))).toBe(79_695);
    // chained shares are multiplied exactly and rounded once: 10% × 22% × 700,000
    expect(percentOf(700_000, toMicro('22'), toMicro('10'))).toBe(15_400);
    expect(percentOf(3, toMicro('50'), toMicro('50'))).toBe(1); // 0.75 → 1, not 2×round(…)
  });

  it('rounds negative halves away from zero', () => {
    expect(divRound(-5n, 10n)).toBe(-1n);
    expect(divRound(-4n, 10n)).toBe(0n);
    expect(divRound(5n, 10n)).toBe(1n);
  });

  it('multiplies by parameter multiples and takes shares', () => {
    expect(timesMultiple(2_340_000, toMicro('20.0000'))).toBe(46_800_000);
    expect(fromMicro(shareOf(73_710, 105_300))).toBe('70');
    expect(shareOf(1, 0)).toBe(0n);
  });

  it('groups digits for notes in each language', () => {
    expect(groupDigits(46_800_000, ',')).toBe('46,800,000');
    expect(groupDigits(330_000, '.')).toBe('330.000');
    expect(groupDigits(999, ',')).toBe('999');
  });
});
