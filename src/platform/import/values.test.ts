import { describe, expect, it } from 'vitest';
import { matchHeader, normalizeHeader } from './header.js';
import { civilDate, integer, Problems } from './values.js';

const date = (raw: string) => {
  const p = new Problems();
  return { value: civilDate(p, 'birth_date', raw), problems: p.list.map((x) => x.code) };
};

describe('civil dates in files', () => {
  it('accepts YYYY-MM-DD and dd/mm/yyyy', () => {
    expect(date('1990-05-06').value).toBe('1990-05-06');
    expect(date('6/5/1990').value).toBe('1990-05-06');
    expect(date(' 06/05/1990 ').value).toBe('1990-05-06');
  });

  it('names an Excel serial number and the date it stands for', () => {
    const p = new Problems();
    civilDate(p, 'birth_date', '45123');
    expect(p.list[0]).toMatchObject({
      code: 'DATE_EXCEL_SERIAL',
      message: expect.stringContaining('2023-07-16'),
    });
  });

  it('refuses impossible dates and other formats precisely', () => {
    expect(date('31/02/1990').problems).toEqual(['DATE_INVALID']);
    expect(date('1990/05/06').problems).toEqual(['DATE_FORMAT']);
    expect(date('').problems).toEqual(['REQUIRED']);
  });
});

describe('integers', () => {
  it('accepts thousands separators and refuses fractions', () => {
    const p = new Problems();
    expect(integer(p, 'n', '4.960.000', { required: true, min: 1 })).toBe(4_960_000);
    expect(integer(p, 'n', '1,5', { required: true, min: 1 })).toBeNull();
    expect(p.list.map((x) => x.code)).toEqual(['INTEGER_INVALID']);
  });
});

describe('header', () => {
  const columns = [
    { name: 'national_id', aliases: ['so_dinh_danh'], required: true },
    { name: 'phone', aliases: ['dien_thoai'], required: false },
    { name: 'sex', aliases: ['gioi_tinh'], required: true },
  ];

  it('accepts Vietnamese names with diacritics, marks and any case, in any order', () => {
    expect(normalizeHeader(' Số định danh (*) ')).toBe('so_dinh_danh');
    expect(matchHeader(columns, ['Giới tính', 'SỐ ĐỊNH DANH', ''])).toEqual(['sex', 'national_id']);
  });

  it('names missing, unknown and repeated columns together', () => {
    expect(() => matchHeader(columns, ['so_dinh_danh', 'national_id', 'colour'])).toThrow(
      expect.objectContaining({
        code: 'IMPORT_HEADER_INVALID',
        details: { missing: ['sex'], unknown: ['colour'], duplicate: ['national_id'] },
      }),
    );
  });
});
