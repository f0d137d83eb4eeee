// Pure rules of target imports: parse the CSV (columns of data/reference/targets_seed.csv) and
// check each row, collecting every rejected row with its line, field and reason.
import { parse } from 'csv-parse/sync';
import type { LineError } from './coverage.errors.js';
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
  locality: string;
  scheme: Scheme;
  measure: Measure;
  year: number;
  value: string;
  denominatorKind: DenominatorKind;
  source: string;
  groupCode: string | null;
}

const oneOf = <T extends string>(v: string, all: readonly T[]): v is T =>
  (all as readonly string[]).includes(v);

type Checked = TargetCsvRow | Omit<LineError, 'line'>;
const bad = (field: string, message: string, messageVi: string) => ({ field, message, messageVi });

function checkRecord(r: Record<string, string>, line: number): Checked {
  const [scheme, measure, kind] = [r.scheme ?? '', r.measure ?? '', r.denominator_kind ?? ''];
  const year = /^\d{4}$/.test(r.year ?? '') ? Number(r.year) : NaN;
  if (!r.locality) return bad('locality', 'locality is missing', 'thiếu địa phương');
  if (!oneOf(scheme, SCHEMES))
    return bad(
      'scheme',
      `must be one of ${SCHEMES.join(', ')}`,
      `phải là một trong ${SCHEMES.join(', ')}`,
    );
  if (!oneOf(measure, MEASURES))
    return bad(
      'measure',
      `must be one of ${MEASURES.join(', ')}`,
      `phải là một trong ${MEASURES.join(', ')}`,
    );
  if (!(year >= 1990 && year <= 2100))
    return bad('year', 'must be a year 1990–2100', 'năm phải trong khoảng 1990–2100');
  const value = r.target_percent ?? r.value ?? '';
  const problem = valueProblems({ measure, value })[0];
  if (problem) return bad('target_percent', problem.en, problem.vi);
  if (!oneOf(kind, DENOMINATOR_KINDS))
    return bad(
      'denominator_kind',
      `must be one of ${DENOMINATOR_KINDS.join(', ')}`,
      `phải là một trong ${DENOMINATOR_KINDS.join(', ')}`,
    );
  if (!r.source)
    return bad(
      'source',
      'source is missing: every target needs one',
      'thiếu nguồn (văn bản giao chỉ tiêu)',
    );
  const groupCode = r.group_code || null;
  return {
    line,
    locality: r.locality,
    scheme,
    measure,
    year,
    value,
    denominatorKind: kind,
    source: r.source,
    groupCode,
  };
}

/** Rows of the CSV text, or every line's error (header is line 1). */
export function parseTargetCsv(text: string): { rows: TargetCsvRow[]; errors: LineError[] } {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const message = `not valid CSV: ${(error as Error).message}`;
    return {
      rows: [],
      errors: [{ line, field: '', message, messageVi: 'tệp CSV không đúng định dạng' }],
    };
  }
  const rows: TargetCsvRow[] = [];
  const errors: LineError[] = [];
  records.forEach((record, i) => {
    const checked = checkRecord(record, i + 2);
    if ('field' in checked) errors.push({ line: i + 2, ...checked });
    else rows.push(checked);
  });
  if (records.length === 0)
    errors.push({
      line: 1,
      field: '',
      message: 'the file has no data rows',
      messageVi: 'tệp không có dòng dữ liệu',
    });
  return { rows, errors };
}
