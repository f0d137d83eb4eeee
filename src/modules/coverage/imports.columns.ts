// The columns of a target import: the English names of data/reference/targets_seed.csv or their
// Vietnamese names, with or without diacritics, in any order ("Năm" → year, "Nguồn" → source).
// A header that does not match is reported as line 1's errors, one per column.
import type { ColumnDef } from '../../platform/import/header.js';
import type { HeaderProblems } from '../../platform/import/import.errors.js';
import type { LineError } from './coverage.errors.js';

export const TARGET_COLUMNS: readonly ColumnDef[] = [
  { name: 'locality_kind', aliases: ['cap', 'cap_dia_phuong'], required: false },
  { name: 'locality', aliases: ['dia_phuong', 'ma_dia_phuong', 'ma_dia_ban'], required: true },
  { name: 'scheme', aliases: ['loai_hinh', 'loai_bao_hiem'], required: true },
  { name: 'measure', aliases: ['loai_chi_tieu', 'cach_do'], required: true },
  { name: 'year', aliases: ['nam'], required: true },
  {
    name: 'target_percent',
    aliases: ['value', 'gia_tri', 'chi_tieu', 'gia_tri_chi_tieu'],
    required: true,
  },
  { name: 'denominator_kind', aliases: ['mau_so', 'loai_mau_so'], required: true },
  { name: 'source', aliases: ['nguon', 'van_ban', 'can_cu'], required: true },
  { name: 'group_code', aliases: ['ma_nhom', 'nhom_doi_tuong'], required: false },
];

/** The header's problems as errors of line 1, each naming its column. */
export function headerErrors(problems: HeaderProblems): LineError[] {
  return [
    ...problems.missing.map((field) => ({
      line: 1,
      field,
      message: `the column ${field} is missing`,
      messageVi: `thiếu cột ${field}`,
    })),
    ...problems.unknown.map((field) => ({
      line: 1,
      field,
      message: `unknown column "${field}"`,
      messageVi: `cột "${field}" không xác định`,
    })),
    ...problems.duplicate.map((field) => ({
      line: 1,
      field,
      message: `the column "${field}" is repeated`,
      messageVi: `cột "${field}" bị lặp lại`,
    })),
  ];
}
