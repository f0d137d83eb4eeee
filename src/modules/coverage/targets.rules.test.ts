import { describe, expect, it } from 'vitest';
import { searchKey } from '../../platform/text.js';
import { fromScaled, localityCode, toScaled, valueProblems } from './targets.rules.js';

describe('target values', () => {
  it('turns decimal text into exact ten-thousandths and back', () => {
    expect(toScaled('95.15')).toBe(951_500n);
    expect(toScaled(45.1)).toBe(451_000n);
    expect(toScaled('1e3')).toBeNull();
    expect(toScaled('1.23456')).toBeNull();
    expect(fromScaled(951_500n)).toBe('95.15');
    expect(fromScaled(-10_000n)).toBe('-1');
  });

  it('accepts a rate from 0 to 100 and refuses one above 100 or below 0', () => {
    expect(valueProblems({ measure: 'coverage_rate', value: '100' })).toEqual([]);
    expect(valueProblems({ measure: 'coverage_rate', value: 0 })).toEqual([]);
    expect(valueProblems({ measure: 'coverage_rate', value: '100.01' })[0]!.vi).toContain(
      '0 đến 100',
    );
    expect(valueProblems({ measure: 'coverage_rate', value: -1 })).toHaveLength(1);
  });

  it('accepts whole counts ≥ 0 and refuses negative or fractional ones', () => {
    expect(valueProblems({ measure: 'participants', value: 23_000_000 })).toEqual([]);
    expect(valueProblems({ measure: 'participants', value: -5 })[0]!.field).toBe('value');
    expect(valueProblems({ measure: 'participants', value: '1.5' })).toHaveLength(1);
  });

  it("turns the seed's names into codes and keeps codes", () => {
    expect(localityCode('Hai Duong', searchKey)).toBe('30');
    expect(localityCode('Hải Dương', searchKey)).toBe('30');
    expect(localityCode('VN', searchKey)).toBe('VN');
    expect(localityCode(' 31 ', searchKey)).toBe('31');
  });
});
