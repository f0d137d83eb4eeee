import { describe, expect, it } from 'vitest';
import { Problems } from '../../../platform/import/values.js';
import { validateEmployer } from './employers.import.js';
import { validateHousehold } from './households.import.js';
import type { RegistryImportContext } from './import.context.js';
import { nationalIdFor } from './import.fixtures.js';
import { personColumns, validatePerson } from './persons.import.js';

const ctx = (writable: number[] | null = null): RegistryImportContext => ({
  at: '2026-01-01',
  today: '2026-01-01',
  communes: new Map([
    ['10507', [{ id: 1, validFrom: '2008-08-01', validTo: '2025-07-01' }]],
    ['11111', [{ id: 2, validFrom: '2025-07-01', validTo: null }]],
    ['22222', [{ id: 3, validFrom: '2025-07-01', validTo: null }]],
  ]),
  birthProvinces: new Set(['001', '030', '031']),
  ethnicities: new Set(['01', '02']),
  writable: writable ? new Set(writable) : null,
});

const person = (over: Record<string, string> = {}) => ({
  ...Object.fromEntries(personColumns.map((c) => [c.name, ''])),
  national_id: nationalIdFor(7, '1990-05-06', 'female'),
  full_name: '  Trần   Thị Cúc ',
  birth_date: '06/05/1990',
  sex: 'Nữ',
  commune_code: '11111',
  ...over,
});

function check(record: Record<string, string>, context = ctx()) {
  const p = new Problems();
  const values = validatePerson(record, context, p);
  return { values, codes: p.list.map((x) => `${x.field}:${x.code}`) };
}

describe('persons file rows', () => {
  it('turns a valid row into staging values, names tidied and dates civil', () => {
    const { values, codes } = check(person({ phone: '+84 912 345 678', ethnicity: '2' }));
    expect(codes).toEqual([]);
    expect(values).toEqual([
      nationalIdFor(7, '1990-05-06', 'female'),
      null,
      'Trần Thị Cúc',
      'tran thi cuc',
      '1990-05-06',
      'female',
      '02',
      '0912345678',
      2,
      null,
      null,
    ]);
  });

  it('checks the national ID against birth province, sex and year', () => {
    expect(check(person({ national_id: '099190000007' })).codes).toEqual([
      'national_id:NATIONAL_ID_PROVINCE',
    ]);
    expect(check(person({ sex: 'male' })).codes).toEqual(['national_id:NATIONAL_ID_CENTURY_SEX']);
    expect(check(person({ birth_date: '1991-05-06' })).codes).toEqual([
      'national_id:NATIONAL_ID_YEAR',
    ]);
    expect(check(person({ national_id: '12345' })).codes).toEqual([
      'national_id:NATIONAL_ID_FORMAT',
    ]);
  });

  it('says when Excel dropped the leading zeros of an ID stored as a number', () => {
    expect(check(person({ national_id: '31190000007' })).codes).toEqual([
      'national_id:LEADING_ZERO_LOST',
    ]);
    expect(check(person({ si_number: '123456789' })).codes).toEqual([
      'si_number:LEADING_ZERO_LOST',
    ]);
  });

  it('refuses a malformed SI number, phone and unknown ethnic group', () => {
    expect(check(person({ si_number: '12345', phone: '12345', ethnicity: '77' })).codes).toEqual([
      'si_number:SI_NUMBER_FORMAT',
      'ethnicity:ETHNICITY_UNKNOWN',
      'phone:PHONE_FORMAT',
    ]);
  });

  it('tells an unknown commune from one not valid at the file date or outside the area', () => {
    expect(check(person({ commune_code: '99999' })).codes).toEqual([
      'commune_code:COMMUNE_UNKNOWN',
    ]);
    expect(check(person({ commune_code: '10507' })).codes).toEqual([
      'commune_code:COMMUNE_NOT_VALID_AT',
    ]);
    expect(check(person({ commune_code: '10507' }), { ...ctx(), at: '2025-06-30' }).codes).toEqual(
      [],
    );
    expect(check(person({ commune_code: '22222' }), ctx([2])).codes).toEqual([
      'commune_code:COMMUNE_OUT_OF_AREA',
    ]);
  });

  it('needs a relation with a household code, and none without', () => {
    expect(check(person({ household_code: 'HP000123' })).codes).toEqual([
      'household_relation:REQUIRED',
    ]);
    expect(check(person({ household_relation: 'con' })).codes).toEqual([
      'household_relation:RELATION_WITHOUT_HOUSEHOLD',
    ]);
    const { values } = check(person({ household_code: 'hp000123', household_relation: 'Chủ hộ' }));
    expect(values?.slice(-2)).toEqual(['HP000123', 'head']);
  });

  it('reports a date Excel turned into a number', () => {
    expect(check(person({ birth_date: '32999' })).codes).toEqual(['birth_date:DATE_EXCEL_SERIAL']);
  });
});

describe('households and employers file rows', () => {
  it('checks household codes and communes', () => {
    const p = new Problems();
    expect(
      validateHousehold(
        { code: 'HP000123', commune_code: '11111', address: ' Thôn  1 ' },
        ctx(),
        p,
      ),
    ).toEqual(['HP000123', 2, 'Thôn 1']);
    expect(
      validateHousehold({ code: 'x', commune_code: '99999', address: '' }, ctx(), p),
    ).toBeNull();
    expect(p.list.map((x) => x.code)).toEqual(['HOUSEHOLD_CODE_FORMAT', 'COMMUNE_UNKNOWN']);
  });

  it('checks tax codes, sectors and employee counts', () => {
    const p = new Problems();
    const row = {
      tax_code: '0800000555-001',
      name: 'Công ty A',
      business_reg_no: '',
      sector: 'c',
      commune_code: '11111',
      reported_employees: '1.200',
    };
    expect(validateEmployer(row, ctx(), p)).toEqual([
      '0800000555-001',
      'Công ty A',
      'cong ty a',
      null,
      'C',
      2,
      1200,
    ]);
    validateEmployer({ ...row, tax_code: '123', sector: 'Z', reported_employees: '-1' }, ctx(), p);
    expect(p.list.map((x) => x.code)).toEqual([
      'TAX_CODE_FORMAT',
      'SECTOR_UNKNOWN',
      'INTEGER_INVALID',
    ]);
  });
});
