// The header row names the columns: English snake_case names or their Vietnamese aliases,
// with or without diacritics, in any order and case ("Số định danh" → so_dinh_danh). A file
// with a missing, unknown or repeated column is refused before any row is read.
import { searchKey } from '../text.js';
import { importErrors } from './import.errors.js';

export interface ColumnDef {
  /** English snake_case name, the key of the record the validator receives */
  name: string;
  /** other accepted header names (Vietnamese), in normalized form */
  aliases?: readonly string[];
  /** the column must be present (its cells may still be empty if the validator allows) */
  required: boolean;
}

/** "Số định danh (*)" → "so_dinh_danh" */
export function normalizeHeader(text: string): string {
  return searchKey(text.replace(/\(.*?\)|\*/g, ''))
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** For each cell of the header, the column it names (undefined: an empty trailing cell). */
export function matchHeader(columns: readonly ColumnDef[], cells: readonly string[]): string[] {
  const byName = new Map<string, string>();
  for (const c of columns) for (const n of [c.name, ...(c.aliases ?? [])]) byName.set(n, c.name);
  const seen = new Set<string>();
  const unknown: string[] = [];
  const duplicate: string[] = [];
  // trailing empty header cells are common in spreadsheets; empty cells inside are unknown
  let last = cells.length;
  while (last > 0 && cells[last - 1]!.trim() === '') last--;
  const names = cells.slice(0, last).map((cell) => {
    const name = byName.get(normalizeHeader(cell));
    if (!name) unknown.push(cell.trim() === '' ? '(empty)' : cell.trim());
    else if (seen.has(name)) duplicate.push(cell.trim());
    if (name) seen.add(name);
    return name ?? '';
  });
  const missing = columns.filter((c) => c.required && !seen.has(c.name)).map((c) => c.name);
  if (missing.length || unknown.length || duplicate.length)
    throw importErrors.header({ missing, unknown, duplicate });
  return names;
}

/** A data row as a record of every declared column ('' where absent or empty). */
export function recordOf(
  columns: readonly ColumnDef[],
  names: readonly string[],
  cells: readonly string[],
): Record<string, string> {
  const record: Record<string, string> = {};
  for (const c of columns) record[c.name] = '';
  for (let i = 0; i < names.length; i++) if (names[i]) record[names[i]!] = cells[i] ?? '';
  return record;
}
