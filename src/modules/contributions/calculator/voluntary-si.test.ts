import { describe, expect, it } from 'vitest';
import { seedRules } from './test-rules.js';
import { voluntarySi, type VoluntarySiInput } from './voluntary-si.js';
import type { Calculation, LocalTopUp } from '../rules.types.js';

const rules = seedRules();
const vsi = (input: Partial<VoluntarySiInput>) =>
  voluntarySi(rules, {
    start: '2025-07',
    income: 1_500_000,
    months: 1,
    supportGroup: 'other',
    ...input,
  });
/** state support of each month, in order */
const stateByMonth = (c: Calculation) => {
  const months = [...new Set(c.lines.map((l) => l.month))];
  return months.map(
    (m) => c.lines.find((l) => l.month === m && l.payer === 'state_budget')?.amount ?? 0,
  );
};
const topUp = (over: Partial<LocalTopUp>): LocalTopUp => ({
  policyId: 1,
  code: 'HN-VSI',
  name: 'Hà Nội hỗ trợ BHXH tự nguyện',
  scheme: 'vsi',
  sharePercent: '50',
  amount: null,
  stacking: 'add',
  legalRef: 'Res. 19/2025/NQ-HĐND',
  confirmed: true,
  ...over,
});

describe('voluntary SI', () => {
  it('oracle: the minimum is 330,000 a month (22% of the 1,500,000 rural poverty line)', () => {
    const c = vsi({});
    expect(c.total).toBe(330_000);
    expect(c.byPayer).toEqual({ state_budget: 66_000, self: 264_000 });
  });

  it.each([
    ['poor', 165_000],
    ['near_poor', 132_000],
    ['ethnic_minority', 99_000],
    ['other', 66_000],
    ['island', 165_000],
  ] as const)('oracle after 2025-07-01: %s gets %i a month', (supportGroup, support) => {
    expect(vsi({ supportGroup }).byPayer.state_budget).toBe(support);
  });

  it.each([
    ['poor', 46_200, 99_000],
    ['near_poor', 38_500, 82_500],
    ['ethnic_minority', 15_400, 33_000],
    ['other', 15_400, 33_000],
    ['island', 15_400, 33_000],
  ] as const)(
    'oracle before 2025-07-01: %s gets 30/25/10% of 22% × 700,000 (%i) or of 1,500,000 (%i)',
    (supportGroup, at700, at1500) => {
      expect(vsi({ start: '2019-03', income: 2_000_000, supportGroup }).byPayer.state_budget).toBe(
        at700,
      );
      expect(vsi({ start: '2025-06', supportGroup }).byPayer.state_budget).toBe(at1500);
    },
  );

  it('2025-06 vs 2025-07: Decree 134/2015 shares, then Decree 159/2025', () => {
    const c = vsi({ start: '2025-06', months: 3, supportGroup: 'near_poor' });
    expect(stateByMonth(c)).toEqual([82_500, 132_000, 132_000]);
    const refs = c.rulesUsed.map((r) => r.legalRef);
    expect(refs).toContain('Decree 134/2015/NĐ-CP Art 14(1)(b)');
    expect(refs).toContain('Decree 159/2025/NĐ-CP');
  });

  it('2017-12 vs 2018-01: no support before 2018, and those months do not count toward 120', () => {
    const c = vsi({ start: '2017-12', months: 3, income: 1_000_000, supportedMonthsBefore: 119 });
    expect(stateByMonth(c)).toEqual([0, 15_400, 0]);
    expect(c.lines.filter((l) => l.payer === 'self').map((l) => l.amount)).toEqual([
      220_000, 204_600, 220_000,
    ]);
    expect(c.notes.map((n) => n.en)).toContain('National support ends after 120 supported months.');
  });

  it('stops national support once 120 months are used', () => {
    const c = vsi({ months: 6, supportedMonthsBefore: 118 });
    expect(stateByMonth(c)).toEqual([66_000, 66_000, 0, 0, 0, 0]);
    expect(vsi({ supportedMonthsBefore: 120 }).byPayer.state_budget).toBeUndefined();
  });

  it('2025-12 vs 2026-01: the 2026 poverty line is unconfirmed, and the result says so', () => {
    const dec = vsi({ start: '2025-12' });
    const jan = vsi({ start: '2026-01' });
    expect(jan.total).toBe(dec.total);
    expect(dec.notes.some((n) => n.en.includes('not confirmed'))).toBe(false);
    expect(jan.notes.some((n) => n.en.includes('Decree 351/2025/NĐ-CP (2022–2025'))).toBe(true);
    expect(jan.rulesUsed.find((r) => r.table === 'poverty_line')?.confirmed).toBe(false);
  });

  it('pays 22% of a higher income, with support still on the poverty line', () => {
    const c = vsi({ income: 5_000_000, months: 12, supportGroup: 'poor' });
    expect(c.total).toBe(12 * 1_100_000);
    expect(c.byPayer.state_budget).toBe(12 * 165_000);
    expect(c.lines.find((l) => l.payer === 'self')).toMatchObject({ percent: '18.7' });
  });

  it('crossing into 2027 uses the new poverty line for support, never above the contribution', () => {
    const c = vsi({ start: '2026-12', months: 3, supportGroup: 'poor' });
    expect(stateByMonth(c)).toEqual([165_000, 242_000, 242_000]);
    const full = vsi({
      start: '2026-12',
      months: 3,
      supportGroup: 'poor',
      topUps: [topUp({ sharePercent: '60' })],
    });
    const feb = full.lines.filter((l) => l.month === '2027-02');
    expect(feb.map((l) => [l.payer, l.amount])).toEqual([
      ['state_budget', 242_000],
      ['local_budget', 88_000],
      ['self', 0],
    ]);
  });

  it('stacks a local top-up on the national share (Hanoi: +50% for the poor → free)', () => {
    const c = vsi({ start: '2026-01', supportGroup: 'poor', topUps: [topUp({})] });
    expect(c.byPayer).toEqual({ state_budget: 165_000, local_budget: 165_000, self: 0 });
    expect(c.rulesUsed.find((r) => r.table === 'support_policy')).toMatchObject({ id: 1 });
  });

  it('ignores health-insurance top-ups and applies only the best local policy', () => {
    const c = vsi({
      supportGroup: 'other',
      topUps: [
        topUp({ policyId: 7, sharePercent: '10' }),
        topUp({ policyId: 8, sharePercent: '100', scheme: 'hi' }),
        topUp({ policyId: 9, sharePercent: '40', stacking: 'top_up_to' }),
      ],
    });
    // 20% national: +10% → 30%; up to 40% → 40% wins
    expect(c.byPayer.local_budget).toBe(66_000);
  });

  it('notes the undiscounted lump sum for several years ahead', () => {
    const c = vsi({ months: 60 });
    expect(c.total).toBe(60 * 330_000);
    expect(c.lines.filter((l) => l.payer === 'self')).toHaveLength(60);
    expect(c.notes.some((n) => n.en.includes('discount'))).toBe(true);
    expect(vsi({ months: 12 }).notes.some((n) => n.en.includes('discount'))).toBe(false);
  });

  it('refuses an income outside the poverty line … 20 × base salary range', () => {
    for (const income of [1_499_999, 46_800_001]) {
      expect(() => vsi({ income })).toThrow(
        expect.objectContaining({ code: 'CONTRIBUTIONS_INCOME_OUT_OF_RANGE', status: 422 }),
      );
    }
    expect(() => vsi({ income: 1_499_999 })).toThrow(
      'The chosen income 1,499,999 must lie between 1,500,000 (rural poverty line) and 46,800,000 (cap) on 2025-07-01',
    );
    expect(vsi({ income: 46_800_000 }).total).toBe(10_296_000);
  });

  it.each([
    [{ months: 2 }, 'CONTRIBUTIONS_BAD_CHOICE'],
    [{ months: 72 }, 'CONTRIBUTIONS_BAD_CHOICE'],
    [{ income: -5 }, 'CONTRIBUTIONS_BAD_AMOUNT'],
    [{ supportGroup: 'rich' as 'other' }, 'CONTRIBUTIONS_BAD_CHOICE'],
    [{ supportedMonthsBefore: -1 }, 'CONTRIBUTIONS_BAD_COUNT'],
    [{ start: '2025-7' }, 'CONTRIBUTIONS_BAD_DATE'],
  ])('refuses bad input %o with 400', (input, code) => {
    expect(() => vsi(input)).toThrow(expect.objectContaining({ code, status: 400 }));
  });

  it('refuses a start before any rule', () => {
    expect(() => vsi({ start: '2015-01', income: 1_000_000 })).toThrow(
      expect.objectContaining({ code: 'CONTRIBUTIONS_NO_RULE' }),
    );
  });
});
