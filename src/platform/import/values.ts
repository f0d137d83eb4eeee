// Pure field parsers for row validators: each returns the value, or records a problem (stable
// code, English and Vietnamese message) and returns null. No I/O, no domain.
import { addDays, isCivilDate } from '../dates.js';

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
  messageVi: string;
}

/** Problems of one row, gathered while its fields are parsed. */
export class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, code: string, message: string, messageVi: string): null {
    this.list.push({ field, code, message, messageVi });
    return null;
  }
  get any() {
    return this.list.length > 0;
  }
}

export function text(
  p: Problems,
  field: string,
  raw: string,
  options: { required: boolean; max?: number },
): string | null {
  const value = raw.trim();
  if (value === '') {
    return options.required
      ? p.add(field, 'REQUIRED', 'a value is required', 'không được để trống')
      : null;
  }
  if (options.max !== undefined && value.length > options.max)
    return p.add(
      field,
      'TOO_LONG',
      `longer than ${options.max} characters`,
      `dài quá ${options.max} ký tự`,
    );
  return value;
}

/** Excel counts days from 1899-12-30 (with its 1900 leap-year bug folded in). */
export function excelSerialDate(serial: number): string {
  return addDays('1899-12-30', Math.floor(serial));
}

/**
 * A civil date written `YYYY-MM-DD` or `dd/mm/yyyy` (XLSX date cells arrive as `YYYY-MM-DD`).
 * A bare number is most likely an Excel date that lost its format: say which date it would be.
 */
export function civilDate(p: Problems, field: string, raw: string, required = true) {
  const value = text(p, field, raw, { required });
  if (value === null) return null;
  let iso = value;
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (vn) iso = `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    if (isCivilDate(iso)) return iso;
    return p.add(
      field,
      'DATE_INVALID',
      `${value} is not a calendar date`,
      `${value} không phải ngày có thật`,
    );
  }
  if (/^\d{1,6}(\.\d+)?$/.test(value)) {
    const date = excelSerialDate(Number(value));
    return p.add(
      field,
      'DATE_EXCEL_SERIAL',
      `${value} is an Excel date number (${date}?); write the date as YYYY-MM-DD or dd/mm/yyyy`,
      `${value} là số ngày của Excel (${date}?); hãy ghi ngày dạng dd/mm/yyyy hoặc YYYY-MM-DD`,
    );
  }
  return p.add(
    field,
    'DATE_FORMAT',
    `"${value}" is not a date YYYY-MM-DD or dd/mm/yyyy`,
    `"${value}" không phải ngày dạng dd/mm/yyyy hoặc YYYY-MM-DD`,
  );
}

export function integer(
  p: Problems,
  field: string,
  raw: string,
  options: { required: boolean; min: number },
): number | null {
  const value = text(p, field, raw, options);
  if (value === null) return null;
  const n = Number(value.replace(/[.,\s](?=\d{3}\b)/g, ''));
  if (!Number.isSafeInteger(n) || n < options.min)
    return p.add(
      field,
      'INTEGER_INVALID',
      `"${value}" is not a whole number ≥ ${options.min}`,
      `"${value}" không phải số nguyên ≥ ${options.min}`,
    );
  return n;
}

/** One of a fixed set of codes; `synonyms` maps accepted spellings (normalized) to codes. */
export function oneOf<T extends string>(
  p: Problems,
  field: string,
  raw: string,
  synonyms: Readonly<Record<string, T>>,
  normalize: (s: string) => string,
  required = true,
): T | null {
  const value = text(p, field, raw, { required });
  if (value === null) return null;
  const code = synonyms[normalize(value)];
  if (code) return code;
  const allowed = [...new Set(Object.values(synonyms))].join(', ');
  return p.add(
    field,
    'CODE_UNKNOWN',
    `"${value}" is not one of ${allowed}`,
    `"${value}" không thuộc các giá trị ${allowed}`,
  );
}

/** Excel shows 001090000001 as 1090000001 when the column is a number: say so, not "format". */
export function leadingZeroLost(p: Problems, field: string, value: string, length: number) {
  if (value.length >= length || !/^[1-9]\d*$/.test(value) || value.length < length - 2)
    return false;
  p.add(
    field,
    'LEADING_ZERO_LOST',
    `${value.length} digits instead of ${length}: leading zeros were probably lost to a number format; format the column as text`,
    `chỉ có ${value.length} chữ số thay vì ${length}: có thể số 0 ở đầu đã bị mất do định dạng số; hãy định dạng cột là văn bản (Text)`,
  );
  return true;
}
