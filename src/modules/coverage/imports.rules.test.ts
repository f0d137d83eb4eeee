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
      kind: 'province',
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
        'town,31,HI,coverage_rate,2026,50,population,s',
      ].join('\n'),
    );
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'scheme'],
      [3, 'year'],
      [4, 'denominator_kind'],
      [5, 'source'],
      [6, 'locality_kind'],
    ]);
    expect(errors[0]!.messageVi).toContain('phải là một trong');
  });

  it('reads Vietnamese column names in any order, semicolons, and skips blank lines', () => {
    const { rows, errors } = parseTargetCsv(
      '\uFEFFNăm;Địa phương;Loại hình;Loại chỉ tiêu;Giá trị (%);Mẫu số;Nguồn;Mã nhóm\n\n' +
        '2026;31;HI;coverage_rate;95.5;population;"Nghị quyết; HĐND";hs\n',
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({ line: 3, year: 2026, value: '95.5', groupCode: 'hs', kind: null }),
    ]);
    expect(rows[0]!.source).toBe('Nghị quyết; HĐND');
  });

  it('reports a header that does not match as errors of line 1, one per column', () => {
    const { rows, errors } = parseTargetCsv(
      'locality,scheme,measure,year,target_percent,denominator_kind,ghi_chu\n31,HI,coverage_rate,2026,95,population,x',
    );
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.field, e.messageVi])).toEqual([
      [1, 'source', 'thiếu cột source'],
      [1, 'ghi_chu', 'cột "ghi_chu" không xác định'],
    ]);
  });

  it('refuses a file without data rows or that is not CSV, naming the line', () => {
    expect(parseTargetCsv(HEADER).errors[0]!.messageVi).toBe('tệp không có dòng dữ liệu');
    const unclosed = parseTargetCsv(`${HEADER}\n"unclosed`).errors[0]!;
    expect([unclosed.line, unclosed.field]).toEqual([2, '']);
  });
});
