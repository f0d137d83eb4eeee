// Pure rules of the locality summary: the scheme mapping, the default denominator kind, and the
// figures for rate targets, count targets and unknown inputs.
import { describe, expect, it } from 'vitest';
import { defaultDenominatorKind, ENROLMENT_SCHEMES, figures, monthOf } from './monitoring.rules.js';

describe('monitoring rules', () => {
  it('maps SI onto both SI schemes and each other scheme onto its own', () => {
    expect(ENROLMENT_SCHEMES.SI).toEqual(['si_compulsory', 'si_voluntary']);
    expect(ENROLMENT_SCHEMES.HI).toEqual(['hi']);
    expect(ENROLMENT_SCHEMES.UI).toEqual(['ui']);
    expect(defaultDenominatorKind('HI')).toBe('population');
    expect(defaultDenominatorKind('UI')).toBe('labour_force');
    expect(monthOf('2026-02-28')).toBe('2026-02-01');
  });

  it('gives rate, points, persons and share for a rate target', () => {
    // 2 300 of 2 500 is 92%; 92.04% of 2 500 asks 2 301 persons (exact, not 2 302)
    expect(figures(2300, 2500, { value: 92.04, measure: 'coverage_rate' })).toEqual({
      ratePercent: 92,
      gapPoints: 0.04,
      gapPersons: 1,
      shareOfTargetReached: 99.9565,
    });
  });

  it('gives persons and share, not points, for a count target', () => {
    expect(figures(900, null, { value: 1000, measure: 'participants' })).toEqual({
      ratePercent: null,
      gapPoints: null,
      gapPersons: 100,
      shareOfTargetReached: 90,
    });
  });

  it('is unknown (null) without facts or without a denominator', () => {
    const target = { value: 90, measure: 'coverage_rate' };
    const unknown = {
      ratePercent: null,
      gapPoints: null,
      gapPersons: null,
      shareOfTargetReached: null,
    };
    expect(figures(null, 2500, target)).toEqual(unknown);
    expect(figures(2300, null, target)).toEqual(unknown);
    expect(figures(2300, 2500, null)).toEqual({ ...unknown, ratePercent: 92 });
  });
});
