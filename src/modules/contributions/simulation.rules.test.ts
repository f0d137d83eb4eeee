import { describe, expect, it } from 'vitest';
import { tally, type CountRow } from './simulation.result.js';
import {
  birthBounds,
  groupShare,
  HUNDRED,
  localPerYear,
  premiumPerYear,
  yearsBefore,
} from './simulation.rules.js';
import type { RuleSet } from './rules.types.js';

const row = { validTo: null, legalRef: 'x', confirmed: true, id: 1 };
const rules: RuleSet = {
  baseSalaries: [{ ...row, validFrom: '2024-07-01', validTo: '2026-07-01', amount: 2_340_000 }],
  parameters: [{ ...row, validFrom: '2018-12-01', key: 'hi_rate_percent', value: '4.5000' }],
  stateSupport: [
    {
      ...row,
      validFrom: '2025-07-01',
      scheme: 'hi',
      target: 'CN',
      sharePercent: '70.0000',
      maxMonths: null,
    },
    {
      ...row,
      validFrom: '2025-07-01',
      scheme: 'hi',
      target: 'HS',
      sharePercent: '50.0000',
      maxMonths: null,
    },
  ],
  groups: [
    { ...row, validFrom: '2015-01-01', code: 'CN', premiumPayer: 'state_supported' },
    { ...row, validFrom: '2015-01-01', code: 'HS', premiumPayer: 'state_supported' },
    { ...row, validFrom: '2015-01-01', code: 'GD', premiumPayer: 'household' },
    { ...row, validFrom: '2015-01-01', code: 'HN', premiumPayer: 'state_budget' },
    { ...row, validFrom: '2015-01-01', code: 'DN', premiumPayer: 'employer_employee' },
  ],
  regionalMinimumWages: [],
  povertyLines: [],
  rates: [],
  householdShares: [],
};
const AT = '2026-03-01';
const P = 1_263_600;
const share = (g: string) => groupShare(rules, g, AT);

describe('simulation rules', () => {
  it('prices a premium-year at 12 × 4.5% × base salary', () => {
    expect(premiumPerYear(rules, AT)).toBe(P);
    expect(premiumPerYear(rules, '2026-07-01')).toBeNull();
  });

  it('turns an age band into birth-date bounds, 29 February included', () => {
    expect(birthBounds({ ageFrom: 60, ageTo: 75 }, AT)).toEqual({
      bornOnOrBefore: '1966-03-01',
      bornAfter: '1951-03-01',
    });
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
  });

  it('gives each group its national share and whether someone pays themselves', () => {
    expect(share('CN')).toEqual({ national: 70n * 1_000_000n, selfPaying: true });
    expect(share('HN')).toEqual({ national: HUNDRED, selfPaying: false });
    expect(share('DN')).toEqual({ national: 0n, selfPaying: false });
  });

  it('stacks add and top_up_to on the national share, capped at 100%', () => {
    const add30 = { sharePercent: '30', amount: null, stacking: 'add' as const };
    const to100 = { sharePercent: '100', amount: null, stacking: 'top_up_to' as const };
    expect(localPerYear(add30, share('CN'), P)).toBe(379_080);
    expect(localPerYear({ ...add30, sharePercent: '40' }, share('CN'), P)).toBe(379_080);
    expect(localPerYear(to100, share('HS'), P)).toBe(631_800);
    expect(localPerYear({ ...to100, sharePercent: '40' }, share('HS'), P)).toBe(0);
    expect(localPerYear(add30, share('DN'), P)).toBe(0);
    expect(localPerYear(add30, share('HN'), P)).toBe(0);
  });

  it('pays a fixed amount per month up to what is left of the premium', () => {
    const amount = (a: number) => ({ sharePercent: null, amount: a, stacking: 'add' as const });
    expect(localPerYear(amount(20_000), share('GD'), P)).toBe(240_000);
    expect(localPerYear(amount(50_000), share('CN'), P)).toBe(379_080);
  });

  it('applies the take-up once to each total, after summing exactly', () => {
    const rows: CountRow[] = [
      { communeId: 1, covered: true, eligible: true, group: 'CN', n: 3 },
      { communeId: 1, covered: false, eligible: true, group: 'CN', n: 5 },
      { communeId: 2, covered: false, eligible: true, group: 'GD', n: 1 },
      { communeId: 2, covered: true, eligible: false, group: null, n: 10 },
      { communeId: 2, covered: false, eligible: false, group: null, n: 4 },
    ];
    const policy = { sharePercent: '30', amount: null, stacking: 'add' as const };
    const s = tally(rows, { rules, at: AT, premium: P, policy, takeUp: 0.6 });
    expect(s.population).toBe(23);
    expect(s.covered).toBe(13);
    expect(s.total.eligibleUncovered).toBe(6);
    expect(s.total.expectedJoiners).toBe(4); // 3.6
    // covered: 3 × 379,080; joiners: 0.6 × (5 × 379,080 + 1 × 379,080)
    expect(s.total.localCostPerYear).toBe(3 * 379_080 + Math.round(0.6 * 6 * 379_080));
    expect(s.total.stateCostPerYear).toBe(Math.round(0.6 * 5 * 884_520));
    expect(s.byCommune.get(2)).toMatchObject({ eligible: 1, expectedJoiners: 1 });
    expect(s.byGroup.get('CN')).toMatchObject({ eligible: 8, eligibleUncovered: 5 });
  });
});
