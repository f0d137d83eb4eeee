// Output shapes of agencies and jurisdictions, shared by the read and write routes.
import { Type } from 'typebox';
import { addDays } from '../../platform/dates.js';
import { CivilDate } from '../../platform/http/schemas.js';
import type { AgencyRow, JurisdictionRow } from './agencies.repo.js';

export const agencyTags = ['geo: agencies'];
export const AgencyCode = Type.String({
  pattern: '^[0-9A-Z-]{2,20}$',
  examples: ['31', 'KV-XXIII'],
});
export const EndDate = Type.Union([CivilDate, Type.Null()], {
  description: 'first day no longer valid; null = open',
});

const Jurisdiction = Type.Object({
  id: Type.Integer(),
  unitCode: Type.String(),
  unitName: Type.String(),
  unitLevel: Type.String(),
  validFrom: Type.String(),
  validTo: Type.Union([Type.String(), Type.Null()]),
  legalRef: Type.String(),
});

export const AgencySchema = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    kind: Type.String(),
    validFrom: Type.String(),
    validTo: Type.Union([Type.String(), Type.Null()]),
    validUntil: Type.Union([Type.String(), Type.Null()]),
    legalRef: Type.String(),
    source: Type.String(),
    jurisdictions: Type.Array(Jurisdiction),
  },
  { $id: 'VssAgency' },
);

export function presentAgency(agency: AgencyRow, jurisdictions: JurisdictionRow[]) {
  return {
    code: agency.code,
    name: agency.name,
    kind: agency.kind,
    validFrom: agency.valid_from,
    validTo: agency.valid_to,
    validUntil: agency.valid_to ? addDays(agency.valid_to, -1) : null,
    legalRef: agency.legal_ref,
    source: agency.source,
    jurisdictions: jurisdictions.map((j) => ({
      id: j.id,
      unitCode: j.unit_code,
      unitName: j.unit_name,
      unitLevel: j.unit_level,
      validFrom: j.valid_from,
      validTo: j.valid_to,
      legalRef: j.legal_ref,
    })),
  };
}
