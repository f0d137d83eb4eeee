import { describe, expect, it } from 'vitest';
import { ruleTableByPath } from './rules.catalogue.js';
import { checkNewRow, checkPatch } from './rules.validate.js';

const spec = (path: string) => ruleTableByPath(path)!;
const fields = (r: { problems: { field: string }[] }) => r.problems.map((p) => p.field);

describe('checking a new rule row', () => {
  it('turns a valid rate into its columns, the variant defaulting to standard', () => {
    const r = checkNewRow(spec('rates'), {
      fund: 'ui',
      party: 'employer',
      ratePercent: 0.5,
      validFrom: '2027-01-01',
      legalRef: ' Decree X ',
    });
    expect(r.problems).toEqual([]);
    expect(r.values).toEqual({
      fund: 'ui',
      party: 'employer',
      variant: 'standard',
      rate_percent: '0.5',
      valid_from: '2027-01-01',
      valid_to: null,
      legal_ref: 'Decree X',
    });
  });

  it('refuses negative amounts, percentages above 100, regions outside 1–4 and backward periods', () => {
    expect(
      fields(
        checkNewRow(spec('base-salaries'), { amount: -1, validFrom: '2027-01-01', legalRef: 'x' }),
      ),
    ).toEqual(['amount']);
    expect(
      fields(
        checkNewRow(spec('household-shares'), {
          memberOrder: 2,
          sharePercent: '100.5',
          validFrom: '2027-01-01',
          legalRef: 'x',
        }),
      ),
    ).toEqual(['sharePercent']);
    expect(
      fields(
        checkNewRow(spec('regional-minimum-wages'), {
          region: 5,
          amount: 1,
          validFrom: '2027-01-01',
          legalRef: 'x',
        }),
      ),
    ).toEqual(['region']);
    expect(
      fields(
        checkNewRow(spec('poverty-lines'), {
          area: 'rural',
          amount: 1,
          validFrom: '2027-01-01',
          validTo: '2027-01-01',
          legalRef: 'x',
        }),
      ),
    ).toEqual(['validTo']);
  });

  it('names every missing field, in both languages', () => {
    const r = checkNewRow(spec('state-support-shares'), {});
    expect(fields(r)).toEqual(['scheme', 'target', 'sharePercent', 'validFrom', 'legalRef']);
    expect(r.problems[0]).toMatchObject({ en: 'is required', vi: 'là bắt buộc' });
  });
});

describe('checking a correction', () => {
  it('allows the value, legal basis, confirmation, note and end', () => {
    const r = checkPatch(
      spec('parameters'),
      { value: '25', confirmed: false, validTo: '2030-01-01' },
      '2025-07-01',
    );
    expect(r).toEqual({
      values: { value: '25', confirmed: false, valid_to: '2030-01-01' },
      problems: [],
    });
  });

  it('refuses a change of key or start, an end before the start, and an empty body', () => {
    expect(
      fields(checkPatch(spec('rates'), { fund: 'hi', validFrom: '2020-01-01' }, '2025-07-01')),
    ).toEqual(['validFrom', 'fund']);
    expect(fields(checkPatch(spec('rates'), { validTo: '2025-06-30' }, '2025-07-01'))).toEqual([
      'validTo',
    ]);
    expect(fields(checkPatch(spec('rates'), {}, '2025-07-01'))).toEqual(['(body)']);
  });
});
