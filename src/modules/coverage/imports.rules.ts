// Pure rules of target imports: the rows of a CSV or XLSX file (header first, each with its line:
// the CSV line, the spreadsheet row) checked one by one, collecting every rejected row with its
// line, field and reason. Columns as data/reference/targets_seed.csv, or their Vietnamese names.
import { AppError } from '../../platform/errors.js';
import { CsvSplitter } from '../../platform/import/csv.js';
import { matchHeader, recordOf } from '../../platform/import/header.js';
import type { HeaderProblems } from '../../platform/import/import.errors.js';
import type { RawRow } from '../../platform/import/readers.js';
import { detectDelimiter } from '../../platform/import/readers.js';
import type { LineError } from './coverage.errors.js';
import { headerErrors, TARGET_COLUMNS } from './imports.columns.js';
import {
  DENOMINATOR_KINDS,
  MEASURES,
  SCHEMES,
  valueProblems,
  type DenominatorKind,
  type Measure,
  type Scheme,
} from './targets.rules.js';

export interface TargetCsvRow {
  line: number;
  /** locality_kind: the level the code must name (country, province, district, commune) */
  kind: string | null;
  locality: string;
  scheme: Scheme;
  measure: Measure;
  year: number;
  value: string;
  denominatorKind: DenominatorKind;
  source: string;
  groupCode: string | null;
}

export interface ParsedTargets {
  rows: TargetCsvRow[];
  errors: LineError[];
}

const LEVELS = ['country', 'province', 'district', 'commune'] as const;
const oneOf = <T extends string>(v: string, all: readonly T[]): v is T =>
  (all as readonly string[]).includes(v);

type Checked = TargetCsvRow | Omit<LineError, 'line'>;
const bad = (field: string, message: string, messageVi: string) => ({ field, message, messageVi });
const notOneOf = (field: string, all: readonly string[]) =>
  bad(field, `must be one of ${all.join(', ')}`, `phải là một trong ${all.join(', ')}`);

function checkRecord(r: Record<string, string>, line: number): Checked {
  const [scheme, measure, kind] = [r.scheme!, r.measure!, r.denominator_kind!];
  const year = /^\d{4}$/.test(r.year!) ? Number(r.year) : NaN;
  if (r.locality_kind && !oneOf(r.locality_kind, LEVELS)) return notOneOf('locality_kind', LEVELS);
  if (!r.locality) return bad('locality', 'locality is missing', 'thiếu địa phương');
  if (!oneOf(scheme, SCHEMES)) return notOneOf('scheme', SCHEMES);
  if (!oneOf(measure, MEASURES)) return notOneOf('measure', MEASURES);
  if (!(year >= 1990 && year <= 2100))
    return bad('year', 'must be a year 1990–2100', 'năm phải trong khoảng 1990–2100');
  const value = r.target_percent!;
  const problem = valueProblems({ measure, value })[0];
  if (problem) return bad('target_percent', problem.en, problem.vi);
  if (!oneOf(kind, DENOMINATOR_KINDS)) return notOneOf('denominator_kind', DENOMINATOR_KINDS);
  if (!r.source)
    return bad(
      'source',
      'source is missing: every target needs one',
      'thiếu nguồn (văn bản giao chỉ tiêu)',
    );
  return {
    line,
    kind: r.locality_kind || null,
    locality: r.locality,
    scheme,
    measure,
    year,
    value,
    denominatorKind: kind,
    source: r.source,
    groupCode: r.group_code || null,
  };
}

/** The checked rows of a file's raw rows (its header first), or every line's error. */
export function targetRows(raw: readonly RawRow[]): ParsedTargets {
  const [header, ...data] = raw;
  let names: string[];
  try {
    names = matchHeader(TARGET_COLUMNS, header?.cells ?? []);
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_HEADER_INVALID')
      return { rows: [], errors: headerErrors(error.details as HeaderProblems) };
    throw error;
  }
  const rows: TargetCsvRow[] = [];
  const errors: LineError[] = [];
  for (const { line, cells } of data) {
    if (cells.every((c) => c.trim() === '')) continue; // blank lines are not rows
    const record = recordOf(
      TARGET_COLUMNS,
      names,
      cells.map((c) => c.trim()),
    );
    const checked = checkRecord(record, line);
    if ('line' in checked) rows.push(checked);
    else errors.push({ line, ...checked });
  }
  if (rows.length + errors.length === 0)
    errors.push({
      line: 1,
      field: '',
      message: 'the file has no data rows',
      messageVi: 'tệp không có dòng dữ liệu',
    });
  return { rows, errors };
}

/** A CSV syntax error (the platform's, with its line) as one line error of the file. */
export function syntaxError(error: unknown): ParsedTargets {
  if (!(error instanceof AppError && error.code === 'IMPORT_CSV_SYNTAX')) throw error;
  const line = (error.details as { line: number }).line;
  return {
    rows: [],
    errors: [{ line, field: '', message: error.message, messageVi: error.messageVi }],
  };
}

/** Rows of the CSV text (comma, semicolon or tab separated; header on line 1). */
export function parseTargetCsv(text: string): ParsedTargets {
  const body = text.replace(/^\uFEFF/, '');
  try {
    const splitter = new CsvSplitter(detectDelimiter(body).charCodeAt(0));
    return targetRows([...splitter.push(body), ...splitter.end()]);
  } catch (error) {
    return syntaxError(error);
  }
}
