import { describe, expect, it } from 'vitest';
import { resolveTopUps, splitSupport } from './top-ups.js';
import type { LocalTopUp } from '../rules.types.js';

const policy = (policyId: number, over: Partial<LocalTopUp> = {}): LocalTopUp => ({
  policyId,
  code: `P${policyId}`,
  name: `Chính sách ${policyId}`,
  scheme: 'hi',
  sharePercent: '20',
  amount: null,
  stacking: 'add',
  legalRef: `Resolution ${policyId}/NQ-HĐND`,
  confirmed: true,
  ...over,
});

describe('overlapping local policies', () => {
  it('without candidates keeps the national share', () => {
    expect(resolveTopUps('30.0000', [])).toEqual({
      policy: null,
      nationalSharePercent: '30',
      localSharePercent: '0',
      totalSharePercent: '30',
    });
  });

  it('picks the single policy with the highest total, never the sum of two', () => {
    const choice = resolveTopUps('30', [
      policy(1, { sharePercent: '20' }),
      policy(2, { sharePercent: '40' }),
    ]);
    expect(choice.policy?.policyId).toBe(2);
    expect(choice.totalSharePercent).toBe('70');
    expect(choice.localSharePercent).toBe('40');
  });

  it('compares "add" and "top_up_to" by the total they give', () => {
    const add = policy(5, { sharePercent: '20' }); // 70 + 20 = 90
    const upTo = policy(6, { sharePercent: '95', stacking: 'top_up_to' }); // 95
    const choice = resolveTopUps('70', [add, upTo]);
    expect(choice).toMatchObject({
      policy: upTo,
      localSharePercent: '25',
      totalSharePercent: '95',
    });
  });

  it('breaks ties by the lowest policyId, whatever the order given', () => {
    const a = policy(9, { sharePercent: '30' });
    const b = policy(4, { sharePercent: '60', stacking: 'top_up_to' });
    expect(resolveTopUps('30', [a, b]).policy?.policyId).toBe(4);
    expect(resolveTopUps('30', [b, a]).policy?.policyId).toBe(4);
  });

  it('caps the total at 100% and drops a policy that adds nothing', () => {
    expect(resolveTopUps('70', [policy(1, { sharePercent: '50' })])).toMatchObject({
      localSharePercent: '30',
      totalSharePercent: '100',
    });
    expect(resolveTopUps('100', [policy(1)]).policy).toBeNull();
    expect(
      resolveTopUps('50', [policy(1, { sharePercent: '40', stacking: 'top_up_to' })]).policy,
    ).toBeNull();
  });

  it('values a fixed amount against the premium basis', () => {
    const fixed = policy(1, { sharePercent: null, amount: 52_650 });
    const share = policy(2, { sharePercent: '40' });
    // basis 105,300: 52,650 is 50%, more than 40%
    expect(resolveTopUps('0', [share, fixed], 105_300).policy?.policyId).toBe(1);
    expect(resolveTopUps('0', [share, fixed], 210_600).policy?.policyId).toBe(2);
  });

  it.each([
    [policy(1, { sharePercent: '120' }), 'share above 100%'],
    [policy(1, { sharePercent: null, amount: null }), 'neither a share nor an amount'],
    [policy(1, { sharePercent: null, amount: 1000 }), 'a fixed amount needs the premium basis'],
  ])('refuses a policy it cannot apply (%#)', (bad, reason) => {
    expect(() => resolveTopUps('0', [bad])).toThrow(
      expect.objectContaining({
        code: 'CONTRIBUTIONS_BAD_TOP_UP',
        status: 400,
        details: { policyId: 1, reason },
      }),
    );
  });
});

describe('splitting a premium between national, local and own parts', () => {
  it('rounds the total support once, so the parts add up exactly', () => {
    const choice = resolveTopUps('33.3333', [policy(1, { sharePercent: '33.3333' })]);
    const split = splitSupport(100_001, choice);
    expect(split).toEqual({ national: 33_334, local: 33_333, own: 33_334 });
    expect(split.national + split.local + split.own).toBe(100_001);
  });

  it('caps a fixed amount at what is left after national support', () => {
    const choice = resolveTopUps(
      '70',
      [policy(1, { sharePercent: null, amount: 50_000 })],
      105_300,
    );
    expect(splitSupport(105_300, choice)).toEqual({ national: 73_710, local: 31_590, own: 0 });
  });

  it('a fixed "top_up_to" amount raises total support to that amount', () => {
    const upTo = policy(1, { sharePercent: null, amount: 60_000, stacking: 'top_up_to' });
    const choice = resolveTopUps('30', [upTo], 105_300);
    expect(splitSupport(105_300, choice)).toEqual({ national: 31_590, local: 28_410, own: 45_300 });
  });
});
