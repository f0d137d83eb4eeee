// Pure rules for denominators: validating imported rows and deriving national denominators
// implied by published participants and coverage rates.
import { parse } from 'csv-parse/sync';
import { isCivilDate } from '../../platform/dates.js';

export const DENOMINATOR_KINDS = [
  'population',
  'labour_force',
  'working_age_labour_force',
] as const;
export const DENOMINATOR_STATUSES = ['final', 'preliminary', 'estimate', 'implied'] as const;
export type DenominatorKind = (typeof DENOMINATOR_KINDS)[number];
export type DenominatorStatus = (typeof DENOMINATOR_STATUSES)[number];

export interface DenominatorInput {
  code: string;
  /** the date at which `code` names the unit; default mid-year (YYYY-06-30) */
  validOn: string;
  year: number;
  kind: DenominatorKind;
  value: number;
  status: DenominatorStatus;
  synthetic: boolean;
  source: string;
  note: string | null;
}

export interface LineError {
  line: number;
  message: string;
  messageVi: string;
}

const oneOf = <T extends string>(v: string, all: readonly T[]): v is T =>
  (all as readonly string[]).includes(v);

function validateRecord(r: Record<string, string>): DenominatorInput | [string, string] {
  // plain decimal digits only: Number('') is 0 and Number('1e3') is 1000
  const year = /^\d{4}$/.test(r.year?.trim() ?? '') ? Number(r.year) : NaN;
  const value = /^\d{1,16}$/.test(r.value?.trim() ?? '') ? Number(r.value) : NaN;
  const validOn = r.valid_on?.trim() || `${r.year}-06-30`;
  const kind = (r.kind ?? '').trim();
  const status = (r.status ?? '').trim() || 'final';
  const synthetic = (r.synthetic ?? '').trim().toLowerCase();
  if (!r.code?.trim()) return ['code is missing', 'thiếu mã đơn vị'];
  if (!Number.isInteger(year) || year < 1976 || year > 2100)
    return ['year must be 1976–2100', 'năm phải trong khoảng 1976–2100'];
  if (!oneOf(kind, DENOMINATOR_KINDS))
    return [
      `kind must be one of ${DENOMINATOR_KINDS.join(', ')}`,
      `loại phải là một trong ${DENOMINATOR_KINDS.join(', ')}`,
    ];
  if (!Number.isSafeInteger(value) || value < 0)
    return [
      'value must be a whole number of persons',
      'giá trị phải là số người (số nguyên không âm)',
    ];
  if (!oneOf(status, DENOMINATOR_STATUSES))
    return [
      `status must be one of ${DENOMINATOR_STATUSES.join(', ')}`,
      `trạng thái phải là một trong ${DENOMINATOR_STATUSES.join(', ')}`,
    ];
  if (!['', 'true', 'false', '1', '0'].includes(synthetic))
    return ['synthetic must be true or false', 'synthetic phải là true hoặc false'];
  if (!isCivilDate(validOn))
    return ['valid_on must be a date YYYY-MM-DD', 'valid_on phải là ngày dạng YYYY-MM-DD'];
  if (!r.source?.trim())
    return ['source is missing: every figure needs one', 'thiếu nguồn: mọi số liệu phải có nguồn'];
  return {
    code: r.code.trim(),
    validOn,
    year,
    kind,
    value,
    status,
    synthetic: synthetic === 'true' || synthetic === '1',
    source: r.source.trim(),
    note: r.note?.trim() || null,
  };
}

/** Parses `code,year,kind,value,source[,status,synthetic,note,valid_on]` CSV text. */
export function parseDenominatorCsv(text: string): {
  rows: DenominatorInput[];
  errors: LineError[];
} {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      rows: [],
      errors: [
        {
          line,
          message: `not valid CSV: ${(error as Error).message}`,
          messageVi: 'tệp CSV không đúng định dạng',
        },
      ],
    };
  }
  const rows: DenominatorInput[] = [];
  const errors: LineError[] = [];
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const line = i + 2; // header is line 1
    const result = validateRecord(record);
    if (Array.isArray(result)) {
      errors.push({ line, message: result[0], messageVi: result[1] });
      return;
    }
    const key = `${result.code}|${result.validOn}|${result.year}|${result.kind}|${result.synthetic}`;
    if (seen.has(key))
      errors.push({
        line,
        message: 'duplicate of an earlier line',
        messageVi: 'trùng với một dòng trước',
      });
    seen.add(key);
    rows.push(result);
  });
  if (records.length === 0)
    errors.push({
      line: 1,
      message: 'the file has no data rows',
      messageVi: 'tệp không có dòng dữ liệu',
    });
  return { rows, errors };
}

export interface PublishedCoverage {
  asOf: string;
  scheme: string;
  participants: number | null;
  coveragePercent: number | null;
  denominatorKind: string;
  source: string;
}

/**
 * National denominators implied by published participants ÷ coverage rate. When two figures
 * imply the same year and kind (SI and UI both on the labour force), the one with more
 * participants wins: its rounding error relative to the rate is the smaller.
 */
export function impliedNationalDenominators(rows: PublishedCoverage[]): DenominatorInput[] {
  const best = new Map<string, PublishedCoverage>();
  for (const r of rows) {
    if (!r.participants || !r.coveragePercent || !oneOf(r.denominatorKind, DENOMINATOR_KINDS))
      continue;
    const key = `${r.asOf.slice(0, 4)}|${r.denominatorKind}`;
    const current = best.get(key);
    if (!current || r.participants > current.participants!) best.set(key, r);
  }
  return [...best.values()].map((r) => ({
    code: 'VN',
    validOn: r.asOf,
    year: Number(r.asOf.slice(0, 4)),
    kind: r.denominatorKind as DenominatorKind,
    value: Math.round(r.participants! / (r.coveragePercent! / 100)),
    status: 'implied',
    synthetic: false,
    source: `implied: ${r.scheme} participants ${r.participants} ÷ ${r.coveragePercent}% (${r.source})`,
    note: `published ${r.asOf}`,
  }));
}
