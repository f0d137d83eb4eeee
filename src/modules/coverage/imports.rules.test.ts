import { describe, expect, it } from 'vitest';
import { parseTargetCsv } from './imports.rules.js';

const HEADER = 'locality_kind,locality,scheme,measure,year,target_percent,denominator_kind,source';

describe('parseTargetCsv', () => {
  it('reads the seed columns, keeping names and sources as written', () => {
    const { rows, errors } = parseTargetCsv(
      `${HEADER}\nprovince,Hai Duong,SI,coverage_rate,2022,48.6,si_age_labour_force,"seed 004: Action Programme 2230/CTHD-BCD"\n`,
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 2,
      locality: 'Hai Duong',
      scheme: 'SI',
      year: 2022,
      value: '48.6',
      source: 'seed 004: Action Programme 2230/CTHD-BCD',
      groupCode: null,
    });
  });

  it('names each bad row by line and field, in both languages', () => {
    const { errors } = parseTargetCsv(
      [
        HEADER,
        'province,31,XI,coverage_rate,2026,50,population,s',
        'province,31,HI,coverage_rate,26,50,population,s',
        'province,31,HI,coverage_rate,2026,50,households,s',
        'province,31,HI,coverage_rate,2026,50,population,',
      ].join('\n'),
    );
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'scheme'],
      [3, 'year'],
      [4, 'denominator_kind'],
      [5, 'source'],
    ]);
    expect(errors[0]!.messageVi).toContain('phải là một trong');
  });

  it('refuses a file without data rows or that is not CSV', () => {
    expect(parseTargetCsv(HEADER).errors[0]!.messageVi).toBe('tệp không có dòng dữ liệu');
    expect(parseTargetCsv(`${HEADER}\n"unclosed`).errors[0]!.field).toBe('');
  });
});
