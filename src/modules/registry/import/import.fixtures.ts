// Test fixtures for imports: valid national IDs and small files, deterministic.
import { centurySexDigit } from '../national-id.js';

/** A national ID that passes checkNationalId for this birth date, sex and birth province. */
export function nationalIdFor(
  n: number,
  birthDate: string,
  sex: 'male' | 'female',
  province = '031',
) {
  const year = Number(birthDate.slice(0, 4));
  return `${province}${centurySexDigit(year, sex)}${birthDate.slice(2, 4)}${String(n).padStart(6, '0')}`;
}

export interface PersonLine {
  n: number;
  commune: string;
  birthDate?: string;
  sex?: 'male' | 'female';
  name?: string;
}

export const PERSON_HEADER = 'national_id,full_name,birth_date,sex,commune_code';

/** A persons CSV: one row per entry, valid unless an entry says otherwise. */
export function personsCsv(lines: readonly PersonLine[], header = PERSON_HEADER): string {
  const rows = lines.map((l) => {
    const birth = l.birthDate ?? '1990-05-06';
    const sex = l.sex ?? 'male';
    return `${nationalIdFor(l.n, birth, sex)},${l.name ?? `Nguyễn Văn ${l.n}`},${birth},${sex},${l.commune}`;
  });
  return `${header}\n${rows.join('\n')}\n`;
}
