import { describe, expect, it } from 'vitest';
import { Problems } from '../../platform/import/values.js';
import { validateCoverage, type CoverageImportContext } from './coverage.import.js';

const ctx: CoverageImportContext = {
  groups: new Map([
    ['GD', [{ validFrom: '2015-01-01', validTo: null }]],
    ['DN', [{ validFrom: '2015-01-01', validTo: null }]],
    ['LH', [{ validFrom: '2025-07-01', validTo: null }]],
  ]),
  writable: null,
};
const row = (over: Record<string, string> = {}) => ({
  national_id: '031090000001',
  scheme: 'BHYT',
  group_code: 'gd',
  payer: 'Hộ gia đình',
  employer_tax_code: '',
  contribution_salary: '',
  valid_from: '01/01/2026',
  valid_to: '2027-01-01',
  ...over,
});
const codes = (over: Record<string, string>) => {
  const p = new Problems();
  validateCoverage(row(over), ctx, p);
  return p.list.map((x) => `${x.field}:${x.code}`);
};

describe('coverage file rows', () => {
  it('reads Vietnamese scheme and payer names', () => {
    const p = new Problems();
    expect(validateCoverage(row(), ctx, p)).toEqual([
      '031090000001',
      'hi',
      'GD',
      'household',
      null,
      null,
      '2026-01-01',
      '2027-01-01',
    ]);
  });

  it('checks the group exists at the start of the period', () => {
    expect(codes({ group_code: 'ZZ' })).toEqual(['group_code:GROUP_UNKNOWN']);
    expect(codes({ group_code: 'LH', valid_from: '2025-01-01' })).toEqual([
      'group_code:GROUP_NOT_VALID_AT',
    ]);
  });

  it('wants an employer exactly when the employer pays, and an end after the start', () => {
    expect(codes({ payer: 'employer' })).toEqual(['employer_tax_code:EMPLOYER_REQUIRED']);
    expect(codes({ employer_tax_code: '0800000555' })).toEqual([
      'employer_tax_code:EMPLOYER_NOT_EXPECTED',
    ]);
    expect(codes({ valid_to: '2025-12-31' })).toEqual(['valid_to:PERIOD_INVALID']);
    expect(codes({ scheme: 'x', contribution_salary: '0' })).toEqual([
      'scheme:CODE_UNKNOWN',
      'contribution_salary:INTEGER_INVALID',
    ]);
  });
});
