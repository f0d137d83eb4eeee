// Coverage periods as the API shows them.
import { Type } from 'typebox';
import type { PeriodRow } from './coverage.repo.js';

export const CoveragePeriodSchema = Type.Object(
  {
    id: Type.Integer(),
    personId: Type.Integer(),
    scheme: Type.String(),
    groupCode: Type.String(),
    payer: Type.String(),
    employer: Type.Union([
      Type.Object({ taxCode: Type.String(), name: Type.String() }),
      Type.Null(),
    ]),
    contributionSalary: Type.Union([Type.Integer(), Type.Null()]),
    validFrom: Type.String(),
    validTo: Type.Union([Type.String(), Type.Null()]),
    source: Type.String(),
  },
  { $id: 'CoveragePeriod' },
);

export function presentPeriod(
  row: PeriodRow,
  employers: ReadonlyMap<number, { name: string; taxCode: string }>,
) {
  const employer = row.employer_id === null ? undefined : employers.get(row.employer_id);
  return {
    id: row.id,
    personId: row.person_id,
    scheme: row.scheme,
    groupCode: row.group_code,
    payer: row.payer,
    employer: employer ? { taxCode: employer.taxCode, name: employer.name } : null,
    contributionSalary: row.contribution_salary,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    source: row.source,
  };
}
