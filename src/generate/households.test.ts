// Distributions of household composition against the parameters, on 30,000 households.
import { describe, expect, it } from 'vitest';
import { composeHousehold, type MemberDraft } from './households.js';
import { AGE_BANDS_PERCENT } from './params.js';
import { createRng } from './random.js';

const rng = createRng(42);
const households: MemberDraft[][] = Array.from({ length: 30_000 }, () => composeHousehold(rng));
const persons = households.flat();
const share = (test: (m: MemberDraft) => boolean) => persons.filter(test).length / persons.length;

describe('household composition', () => {
  it('has one head per household and 1 to 8 members, 3.5 on average', () => {
    for (const h of households) {
      expect(h.filter((m) => m.relation === 'head')).toHaveLength(1);
      expect(h.length).toBeGreaterThanOrEqual(1);
      expect(h.length).toBeLessThanOrEqual(8);
    }
    expect(persons.length / households.length).toBeCloseTo(3.5, 1);
  });

  it('follows the age pyramid: broad groups within 1.5 points, 5-year bands within 1', () => {
    expect(Math.abs(share((m) => m.age < 15) * 100 - 23)).toBeLessThan(1.5);
    expect(Math.abs(share((m) => m.age >= 15 && m.age < 65) * 100 - 68)).toBeLessThan(1.5);
    expect(Math.abs(share((m) => m.age >= 65) * 100 - 9)).toBeLessThan(1.5);
    AGE_BANDS_PERCENT.forEach((target, band) => {
      const inBand = (m: MemberDraft) =>
        band === AGE_BANDS_PERCENT.length - 1 ? m.age >= 5 * band : Math.floor(m.age / 5) === band;
      expect(Math.abs(share(inBand) * 100 - target)).toBeLessThan(1);
    });
  });

  it('has about as many men as women, more boys at young ages and more women at old ages', () => {
    const ratio = (test: (m: MemberDraft) => boolean) => {
      const group = persons.filter(test);
      const men = group.filter((m) => m.sex === 'male').length;
      return men / (group.length - men);
    };
    expect(Math.abs(ratio(() => true) - 0.99)).toBeLessThan(0.03);
    expect(ratio((m) => m.age < 10)).toBeGreaterThan(1.05);
    expect(ratio((m) => m.age >= 75)).toBeLessThan(0.85);
  });

  it('keeps parents 19 to 42 years older than their children', () => {
    for (const h of households.slice(0, 5_000)) {
      const parents = h.filter((m) => m.relation === 'head' || m.relation === 'spouse');
      const youngest = Math.min(...parents.map((m) => m.age));
      for (const child of h.filter((m) => m.relation === 'child'))
        expect(youngest - child.age).toBeGreaterThanOrEqual(Math.min(19, youngest - 18));
    }
  });
});
