import { describe, expect, it } from 'vitest';
import { impliedNationalDenominators, parseDenominatorCsv } from './denominators.rules.js';

describe('parseDenominatorCsv', () => {
  it('reads rows with defaults: status final, not synthetic, dated mid-year', () => {
    const { rows, errors } = parseDenominatorCsv(
      'code,year,kind,value,source\n30,2024,population,1946800,NSO E02.01\n',
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        code: '30',
        validOn: '2024-06-30',
        year: 2024,
        kind: 'population',
        value: 1946800,
        status: 'final',
        synthetic: false,
        source: 'NSO E02.01',
        note: null,
      },
    ]);
  });

  it('reports every bad line with its number, in both languages', () => {
    const csv = [
      'code,year,kind,value,source,valid_on',
      '30,2024,population,1.5,x,',
      '30,20x4,population,1,x,',
      '30,2024,population,1,,',
      '30,2024,population,1,x,2024-02-30',
      '30,2024,population,2,x,',
      '30,2024,population,2,x,',
    ].join('\n');
    const { errors } = parseDenominatorCsv(csv);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 7]);
    expect(errors.every((e) => e.message && e.messageVi)).toBe(true);
  });

  it('rejects malformed CSV and empty files', () => {
    expect(parseDenominatorCsv('code,year\n"30,2024').errors).toHaveLength(1);
    expect(parseDenominatorCsv('code,year,kind,value,source\n').errors[0]!.message).toMatch(
      /no data rows/,
    );
  });
});

describe('impliedNationalDenominators', () => {
  it('divides participants by the rate and prefers the figure with more participants', () => {
    const rows = impliedNationalDenominators([
      {
        asOf: '2022-12-31',
        scheme: 'SI',
        participants: 17_500_000,
        coveragePercent: 38.08,
        denominatorKind: 'labour_force',
        source: 'a',
      },
      {
        asOf: '2022-12-31',
        scheme: 'UI',
        participants: 14_300_000,
        coveragePercent: 31.18,
        denominatorKind: 'labour_force',
        source: 'b',
      },
      {
        asOf: '2024-12-31',
        scheme: 'HI',
        participants: null,
        coveragePercent: 94.29,
        denominatorKind: 'population',
        source: 'c',
      },
    ]);
    expect(rows).toEqual([
      expect.objectContaining({
        code: 'VN',
        year: 2022,
        kind: 'labour_force',
        value: Math.round(17_500_000 / 0.3808),
        status: 'implied',
      }),
    ]);
  });
});
