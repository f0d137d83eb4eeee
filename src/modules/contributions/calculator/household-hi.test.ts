import { describe, expect, it } from 'vitest';
import { householdHi, type HouseholdHiInput, type HouseholdMember } from './household-hi.js';
import { seedRules } from './test-rules.js';
import type { Calculation, LocalTopUp } from '../rules.types.js';

const rules = seedRules();
const hh = (members: HouseholdMember[], over: Partial<HouseholdHiInput> = {}) =>
  householdHi(rules, { start: '2025-01-01', members, ...over });
const gd = (n: number): HouseholdMember[] => Array.from({ length: n }, () => ({}));
/** what each member's household pays over the period, by member */
const ownByMember = (c: Calculation, payer = 'household') => {
  const sums = new Map<number, number>();
  for (const l of c.lines) {
    if (l.payer === payer) sums.set(l.member!, (sums.get(l.member!) ?? 0) + l.amount);
  }
  return [...sums.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
};
const topUp = (over: Partial<LocalTopUp>): LocalTopUp => ({
  policyId: 3,
  code: 'HD-CN',
  name: 'Hải Dương hỗ trợ hộ cận nghèo',
  scheme: 'hi',
  sharePercent: '30',
  amount: null,
  stacking: 'add',
  legalRef: 'Hai Duong 2021–2025 programme',
  confirmed: true,
  ...over,
});

describe('household health insurance', () => {
  it('oracle at base salary 2,340,000: 1,263,600 / 884,520 / 758,160 / 631,800 / 505,440 a year', () => {
    const c = hh(gd(6));
    expect(ownByMember(c)).toEqual([1_263_600, 884_520, 758_160, 631_800, 505_440, 505_440]);
    expect(c.total).toBe(1_263_600 + 884_520 + 758_160 + 631_800 + 2 * 505_440);
    expect(c.lines[1]).toMatchObject({
      item: 'hi_household',
      payer: 'household',
      month: '2025-01',
      member: 2,
      base: 105_300,
      percent: '70',
      amount: 73_710,
    });
  });

  it('oracle at base salary 2,530,000: 1,366,200 for the first member a year', () => {
    const c = hh(gd(5), { start: '2026-07-01' });
    expect(ownByMember(c)).toEqual([1_366_200, 956_340, 819_720, 683_100, 546_480]);
  });

  it('2026-06-30 vs 2026-07-01: each month uses its own base salary', () => {
    expect(hh(gd(1), { start: '2026-06-30', months: 1 }).total).toBe(105_300);
    expect(hh(gd(1), { start: '2026-07-01', months: 1 }).total).toBe(113_850);
    expect(hh(gd(1), { start: '2026-01-01' }).total).toBe(6 * 105_300 + 6 * 113_850);
  });

  it('2025-08-14 vs 2025-08-15: the same premium, citing Decree 188/2025 from the 15th', () => {
    const before = hh(gd(1), { start: '2025-08-14', months: 1 });
    const after = hh(gd(1), { start: '2025-08-15', months: 1 });
    expect(after.total).toBe(before.total);
    const refs = (c: Calculation) =>
      c.rulesUsed.filter((r) => r.table === 'contribution_parameter').map((r) => r.legalRef);
    expect(refs(before)).toEqual(['Decree 146/2018/NĐ-CP Art 7']);
    expect(refs(after)).toEqual(['Decree 188/2025/NĐ-CP Art 6']);
  });

  it('2025-06-30 vs 2025-07-01: pupils and students get 30%, then 50%', () => {
    const june = hh([{ groupCode: 'SV' }], { start: '2025-06-30', months: 1 });
    const july = hh([{ groupCode: 'SV' }], { start: '2025-07-01', months: 1 });
    expect(june.byPayer).toEqual({ state_budget: 31_590, household: 73_710 });
    expect(july.byPayer).toEqual({ state_budget: 52_650, household: 52_650 });
    expect(july.rulesUsed.map((r) => r.legalRef)).toContain('Decree 188/2025/NĐ-CP Art 70(2)');
  });

  it('does not count supported or state-paid members in the household order', () => {
    const c = hh([{}, { groupCode: 'HS' }, { groupCode: 'HN' }, { groupCode: 'GD' }], {
      start: '2025-07-01',
      months: 1,
    });
    expect(ownByMember(c)).toEqual([105_300, 52_650, 0, 73_710]);
    expect(ownByMember(c, 'state_budget')).toEqual([52_650, 105_300]);
  });

  it('gives the highest national level a member’s statuses reach', () => {
    const poorArea = hh([{ groupCode: 'CN', statuses: ['poor_area'] }], { months: 1 });
    expect(poorArea.byPayer).toEqual({ state_budget: 105_300, household: 0 });
    const victim = hh([{ statuses: ['trafficking_victim'] }], { start: '2025-09-01', months: 1 });
    expect(victim.byPayer.state_budget).toBe(52_650);
    expect(victim.notes.some((n) => n.en.includes('at most 12 months'))).toBe(true);
  });

  it('stacks a local top-up: near-poor 70% + 30% → free (Hai Duong)', () => {
    const c = hh([{ groupCode: 'CN', topUps: [topUp({})] }], { months: 12 });
    expect(c.byPayer).toEqual({
      state_budget: 12 * 73_710,
      local_budget: 12 * 31_590,
      household: 0,
    });
    expect(c.rulesUsed.find((r) => r.table === 'support_policy')?.id).toBe(3);
  });

  it('farm households: 30% national + 20% local = 50%', () => {
    const c = hh([{ groupCode: 'GB', topUps: [topUp({ sharePercent: '20' })] }], { months: 1 });
    expect(c.byPayer).toEqual({ state_budget: 31_590, local_budget: 21_060, household: 52_650 });
  });

  it('a local share on a household member applies to that member’s own reduced premium', () => {
    const elderly = topUp({ policyId: 4, sharePercent: '70' });
    const c = hh([{}, { birthDate: '1950-03-01', topUps: [elderly] }], { months: 1 });
    expect(c.lines.filter((l) => l.member === 2).map((l) => [l.payer, l.amount])).toEqual([
      ['local_budget', 51_597],
      ['household', 22_113],
    ]);
  });

  it('caps support at 100%: a top-up on a fully paid premium adds nothing', () => {
    const c = hh([{ groupCode: 'CN', statuses: ['poor_area'], topUps: [topUp({})] }], {
      months: 1,
    });
    expect(c.byPayer).toEqual({ state_budget: 105_300, household: 0 });
    expect(c.rulesUsed.some((r) => r.table === 'support_policy')).toBe(false);
  });

  it('applies a fixed-amount top-up, capped at what is left to pay', () => {
    const fixed = topUp({ sharePercent: null, amount: 50_000 });
    const gb = hh([{ groupCode: 'GB', topUps: [fixed] }], { months: 1 });
    expect(gb.byPayer).toEqual({ state_budget: 31_590, local_budget: 50_000, household: 23_710 });
    const cn = hh([{ groupCode: 'CN', topUps: [fixed] }], { months: 1 });
    expect(cn.byPayer).toEqual({ state_budget: 73_710, local_budget: 31_590, household: 0 });
  });

  it('notes a child under 6 entered as a household member', () => {
    const c = hh([{}, { birthDate: '2021-05-01' }], { months: 1 });
    expect(c.notes[0]?.en).toContain('Member 2 is under 6');
    expect(hh([{ birthDate: '2018-05-01' }], { months: 1 }).notes).toEqual([]);
  });

  it('refuses members whose premium an employer or a fund pays', () => {
    expect(() => hh([{ groupCode: 'HT' }])).toThrow(
      expect.objectContaining({ code: 'CONTRIBUTIONS_GROUP_NOT_HOUSEHOLD', status: 422 }),
    );
  });

  it.each([
    [{ members: [] }, 'CONTRIBUTIONS_NO_MEMBERS'],
    [{ members: gd(51) }, 'CONTRIBUTIONS_NO_MEMBERS'],
    [{ months: 0 }, 'CONTRIBUTIONS_BAD_COUNT'],
    [{ months: 13 }, 'CONTRIBUTIONS_BAD_COUNT'],
    [{ start: '2025-02-30' }, 'CONTRIBUTIONS_BAD_DATE'],
    [{ members: [{ groupCode: 'ZZ' }] }, 'CONTRIBUTIONS_UNKNOWN_GROUP'],
    [{ members: [{ birthDate: '2026-01-01' }] }, 'CONTRIBUTIONS_BAD_DATE'],
  ])('refuses bad input %o with 400', (over, code) => {
    expect(() => householdHi(rules, { start: '2025-01-01', members: gd(1), ...over })).toThrow(
      expect.objectContaining({ code, status: 400 }),
    );
  });

  it('refuses a start before any rule', () => {
    expect(() => hh(gd(1), { start: '2012-01-01' })).toThrow(
      expect.objectContaining({ code: 'CONTRIBUTIONS_NO_RULE', status: 422 }),
    );
  });
});
