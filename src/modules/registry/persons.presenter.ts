// Person as the API shows it: identifiers masked unless the caller may see them in full.
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { provincesOf, unitSummaries, type UnitSummary } from '../geo/index.js';
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
    siNumber: Type.Union([Type.String(), Type.Null()]),
    ethnicity: Type.String(),
    commune: Type.Object({
      code: Type.String(),
      name: Type.String(),
      validTo: Type.Union([Type.String(), Type.Null()]),
      provinceName: Type.String(),
    }),
    masked: Type.Boolean(),
  },
  { $id: 'Person' },
);

export interface CommuneInfo {
  unit: UnitSummary | undefined;
  provinceName: string;
}

export function presentPerson(row: PersonRow, commune: CommuneInfo, full: boolean) {
  const mask = (v: string | null) => (v === null || full ? v : maskIdentifier(v));
  return {
    id: row.id,
    nationalId: mask(row.national_id)!,
    fullName: row.full_name,
    birthDate: row.birth_date,
    sex: row.sex,
    phone: mask(row.phone),
    siNumber: mask(row.si_number),
    ethnicity: row.ethnicity,
    commune: {
      code: commune.unit?.code ?? '',
      name: commune.unit?.name ?? '',
      validTo: commune.unit?.validTo ?? null,
      provinceName: commune.provinceName,
    },
    masked: !full,
  };
}

/** Commune names and their provinces for a page of persons, in two queries. */
export async function communesOf(db: Db, rows: readonly PersonRow[]) {
  const ids = rows.map((r) => r.commune_id);
  const [units, provinces] = await Promise.all([unitSummaries(db, ids), provincesOf(db, ids)]);
  return (id: number): CommuneInfo => ({
    unit: units.get(id),
    provinceName: provinces.get(id)?.name ?? '',
  });
}
