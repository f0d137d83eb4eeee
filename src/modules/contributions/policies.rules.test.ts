import { describe, expect, it } from 'vitest';
import { ageOn, matchesCondition, policyProblems, type PolicyTerms } from './policies.rules.js';
import type { PersonFacts } from './rules.types.js';

const known = { groups: new Set(['CN', 'HN', 'GD']), statuses: new Set(['poor', 'near_poor']) };
const terms = (over: Partial<PolicyTerms> = {}): PolicyTerms => ({
  condition: {},
  sharePercent: '30',
  amount: null,
  stacking: 'add',
  validFrom: '2021-01-01',
  validTo: null,
  ...over,
});
const fields = (t: PolicyTerms) => policyProblems(t, known).map((p) => p.field);
const person = (over: Partial<PersonFacts> = {}): PersonFacts => ({ statuses: [], ...over });

describe('policy checks', () => {
  it('accepts a coherent policy', () => {
    expect(
      fields(terms({ condition: { statuses: ['near_poor'], ageFrom: 60, ageTo: 75 } })),
    ).toEqual([]);
    expect(fields(terms({ sharePercent: '100', stacking: 'top_up_to' }))).toEqual([]);
    expect(fields(terms({ sharePercent: null, amount: 50_000 }))).toEqual([]);
  });

  it('refuses an empty age band and empty lists', () => {
    expect(fields(terms({ condition: { ageFrom: 70, ageTo: 70 } }))).toEqual(['ageTo']);
    expect(fields(terms({ condition: { ageFrom: 80, ageTo: 70 } }))).toEqual(['ageTo']);
    expect(fields(terms({ condition: { groups: [], communeCodes: [] } }))).toEqual([
      'groups',
      'communeCodes',
    ]);
  });

  it('refuses unknown group and status codes, naming them', () => {
    const problems = policyProblems(
      terms({ condition: { groups: ['CN', 'ZZ'], statuses: ['rich'] } }),
      known,
    );
    expect(problems.map((p) => p.field)).toEqual(['groups', 'statuses']);
    expect(problems[0]!.en).toContain('ZZ');
    expect(problems[0]!.vi).toContain('ZZ');
  });

  it('wants exactly one of share and amount, a share in (0, 100]', () => {
    expect(fields(terms({ sharePercent: '30', amount: 1000 }))).toEqual(['sharePercent']);
    expect(fields(terms({ sharePercent: null, amount: null }))).toEqual(['sharePercent']);
    expect(fields(terms({ sharePercent: '0' }))).toEqual(['sharePercent']);
    expect(fields(terms({ sharePercent: '100.0001' }))).toEqual(['sharePercent']);
    expect(fields(terms({ sharePercent: '-5' }))).toEqual(['sharePercent']);
  });

  it("refuses 'top_up_to' with an amount and a period that ends before it starts", () => {
    expect(fields(terms({ sharePercent: null, amount: 1000, stacking: 'top_up_to' }))).toEqual([
      'stacking',
    ]);
    expect(fields(terms({ validTo: '2021-01-01' }))).toEqual(['validTo']);
  });
});

describe('age on a date', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('1955-03-10', '2025-03-09')).toBe(69);
    expect(ageOn('1955-03-10', '2025-03-10')).toBe(70);
  });
  it('gives a 29 February birthday on 1 March of common years', () => {
    expect(ageOn('2000-02-29', '2001-02-28')).toBe(0);
    expect(ageOn('2000-02-29', '2001-03-01')).toBe(1);
    expect(ageOn('2000-02-29', '2004-02-29')).toBe(4);
  });
});

describe('matching a condition', () => {
  const band = { ageFrom: 70, ageTo: 80 };
  it('takes ageFrom inclusive and ageTo exclusive, on the reference date', () => {
    expect(matchesCondition(band, person({ birthDate: '1955-07-02' }), '2025-07-01')).toBe(false);
    expect(matchesCondition(band, person({ birthDate: '1955-07-01' }), '2025-07-01')).toBe(true);
    expect(matchesCondition(band, person({ birthDate: '1945-07-02' }), '2025-07-01')).toBe(true);
    expect(matchesCondition(band, person({ birthDate: '1945-07-01' }), '2025-07-01')).toBe(false);
  });

  it('never matches an age band without a birth date', () => {
    expect(matchesCondition(band, person(), '2025-07-01')).toBe(false);
  });

  it('matches any of the listed statuses and groups, all fields together', () => {
    const c = { statuses: ['poor', 'near_poor'], groups: ['CN', 'GD'] };
    expect(
      matchesCondition(c, person({ statuses: ['near_poor'], groupCode: 'GD' }), '2025-01-01'),
    ).toBe(true);
    expect(
      matchesCondition(c, person({ statuses: ['near_poor'], groupCode: 'DN' }), '2025-01-01'),
    ).toBe(false);
    expect(
      matchesCondition(c, person({ statuses: ['pupil'], groupCode: 'CN' }), '2025-01-01'),
    ).toBe(false);
  });

  it('wants a known absence of a card for withoutValidCard', () => {
    const c = { withoutValidCard: true };
    expect(matchesCondition(c, person({ hasValidCard: false }), '2025-01-01')).toBe(true);
    expect(matchesCondition(c, person({ hasValidCard: true }), '2025-01-01')).toBe(false);
    expect(matchesCondition(c, person(), '2025-01-01')).toBe(false);
  });

  it('matches residence and stated occupations', () => {
    const c = { communeCodes: ['10507'], occupations: ['waste_collector'] };
    const collector = person({ communeCode: '10507', occupations: ['waste_collector'] });
    expect(matchesCondition(c, collector, '2025-01-01')).toBe(true);
    expect(matchesCondition(c, { ...collector, occupations: [] }, '2025-01-01')).toBe(false);
    expect(matchesCondition(c, { ...collector, communeCode: '10508' }, '2025-01-01')).toBe(false);
  });

  it('matches everyone on an empty condition', () => {
    expect(matchesCondition({}, person(), '2025-01-01')).toBe(true);
  });
});
