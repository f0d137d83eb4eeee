// An HI card as the API shows it. Validity is stored [from, to); people read the last valid
// day ("có giá trị đến 31/12/2026"), so the API gives `validThrough` as well.
import { Type } from 'typebox';
import { addDays } from '../../platform/dates.js';
import type { CardRow } from './cards.repo.js';

export const CardSchema = Type.Object(
  {
    id: Type.Integer(),
    cardNumber: Type.String(),
    groupCode: Type.String(),
    benefitLevel: Type.Integer(),
    provinceCode: Type.String(),
    siNumber: Type.String(),
    facilityCode: Type.String({ description: 'registered primary facility (MA_DKBD)' }),
    facilityName: Type.String(),
    validFrom: Type.String(),
    validTo: Type.String({ description: 'first day no longer valid' }),
    validThrough: Type.String({ description: 'last valid day' }),
    fiveYearsFrom: Type.Union([Type.String(), Type.Null()]),
    issuedOn: Type.String(),
    status: Type.String(),
  },
  { $id: 'HiCard' },
);

export function presentCard(row: CardRow, facilityName: string) {
  return {
    id: row.id,
    cardNumber: row.card_number,
    groupCode: row.group_code,
    benefitLevel: row.benefit_level,
    provinceCode: row.province_code,
    siNumber: row.si_number,
    facilityCode: row.facility_code,
    facilityName,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    validThrough: addDays(row.valid_to, -1),
    fiveYearsFrom: row.five_years_from,
    issuedOn: row.issued_on,
    status: row.status,
  };
}

/** The card row in the shape the pure card-check rules read. */
export function cardFacts(row: CardRow) {
  return {
    row,
    cardNumber: row.card_number,
    groupCode: row.group_code,
    benefitLevel: row.benefit_level,
    provinceCode: row.province_code,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    status: row.status,
  };
}
