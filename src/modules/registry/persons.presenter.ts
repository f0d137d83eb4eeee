// Person as the API shows it: identifiers masked unless the caller may see them in full.
import { Type } from 'typebox';
import type { UnitSummary } from '../geo/index.js';
import { maskIdentifier } from './mask.js';
import type { PersonRow } from './persons.repo.js';

export const PersonSchema = Type.Object(
  {
    id: Type.Integer(),
    nationalId: Type.String(),
    fullName: Type.String(),
    birthDate: Type.String(),
    sex: Type.String(),
    phone: Type.Union([Type.String(), Type.Null()]),
    commune: Type.Object({
      code: Type.String(),
      name: Type.String(),
      validTo: Type.Union([Type.String(), Type.Null()]),
    }),
    masked: Type.Boolean(),
  },
  { $id: 'Person' },
);

export function presentPerson(row: PersonRow, commune: UnitSummary | undefined, full: boolean) {
  const mask = (v: string | null) => (v === null || full ? v : maskIdentifier(v));
  return {
    id: row.id,
    nationalId: mask(row.national_id)!,
    fullName: row.full_name,
    birthDate: row.birth_date,
    sex: row.sex,
    phone: mask(row.phone),
    commune: {
      code: commune?.code ?? '',
      name: commune?.name ?? '',
      validTo: commune?.validTo ?? null,
    },
    masked: !full,
  };
}
