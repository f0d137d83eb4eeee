// Checks a rule row typed by an authorised user, field by field, with a reason in English and
// Vietnamese for each problem (the database checks the same, but says it less clearly).
// Pure: returns the column values to write, or the problems.
import { isCivilDate } from '../../platform/dates.js';
import type { Problem } from './contributions.errors.js';
import type { FieldKind, FieldSpec, RuleTableSpec } from './rules.catalogue.js';

export type ColumnValue = string | number | boolean | null;
export type Body = Record<string, unknown>;

const PERCENT = /^\d{1,3}(\.\d{1,4})?$/;
const DECIMAL = /^\d{1,8}(\.\d{1,4})?$/;
/** An amount above this is a typing mistake, not a rule (VND per month). */
const MAX_AMOUNT = 100_000_000_000;

const int = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const decimalText = (v: unknown) => (typeof v === 'number' ? String(v) : v);

type Check = (v: unknown, f: FieldSpec) => [en: string, vi: string] | null;

const CHECKS: Record<FieldKind, Check> = {
  amount: (v) =>
    int(v, 1, MAX_AMOUNT)
      ? null
      : ['must be a positive whole number of VND', 'phải là số đồng nguyên dương'],
  percent: (v, f) => {
    const t = decimalText(v);
    const ok = typeof t === 'string' && PERCENT.test(t) && Number(t) <= 100;
    if (!ok)
      return [
        'must be a percentage from 0 to 100 (up to 4 decimals)',
        'phải là tỷ lệ phần trăm từ 0 đến 100 (tối đa 4 chữ số thập phân)',
      ];
    return f.positive && Number(t) === 0 ? ['must be above 0', 'phải lớn hơn 0'] : null;
  },
  decimal: (v) => {
    const t = decimalText(v);
    return typeof t === 'string' && DECIMAL.test(t)
      ? null
      : ['must be a number ≥ 0 (up to 4 decimals)', 'phải là số ≥ 0 (tối đa 4 chữ số thập phân)'];
  },
  region: (v) =>
    int(v, 1, 4) ? null : ['must be region 1, 2, 3 or 4', 'phải là vùng 1, 2, 3 hoặc 4'],
  order: (v) =>
    int(v, 1, 5)
      ? null
      : ['must be 1 to 5 (5 = fifth and later)', 'phải từ 1 đến 5 (5 = thứ năm trở đi)'],
  months: (v) =>
    v === null || int(v, 1, 32767)
      ? null
      : ['must be a positive number of months or null', 'phải là số tháng dương hoặc để trống'],
  enum: (v, f) =>
    typeof v === 'string' && f.values?.includes(v)
      ? null
      : [`must be one of ${f.values?.join(', ')}`, `phải là một trong ${f.values?.join(', ')}`],
  code: (v) =>
    typeof v === 'string' && /^[A-Za-z_]{2,40}$/.test(v)
      ? null
      : ['must be 2–40 letters or underscores', 'phải gồm 2–40 chữ cái hoặc dấu gạch dưới'],
  unit: (v) =>
    typeof v === 'string' && /^(\d{2}|\d{3}|\d{5})$/.test(v)
      ? null
      : [
          'must be a province (2 digits) or commune (5 digits) code',
          'phải là mã tỉnh (2 chữ số) hoặc mã xã (5 chữ số)',
        ],
};

function checkField(f: FieldSpec, v: unknown, out: Problem[], values: Record<string, ColumnValue>) {
  const bad = CHECKS[f.kind](v, f);
  if (bad) out.push({ field: f.field, en: bad[0], vi: bad[1] });
  else
    values[f.column] =
      f.kind === 'percent' || f.kind === 'decimal' ? String(decimalText(v)) : (v as ColumnValue);
}

/** legalRef, confirmed, note: the columns every rule row has besides its period. */
function checkCommon(body: Body, out: Problem[], values: Record<string, ColumnValue>) {
  if (body.legalRef !== undefined) {
    const ref = typeof body.legalRef === 'string' ? body.legalRef.trim() : '';
    if (ref.length < 1 || ref.length > 300) {
      out.push({ field: 'legalRef', en: 'must be 1–300 characters', vi: 'phải dài 1–300 ký tự' });
    } else values.legal_ref = ref;
  }
  if (body.confirmed !== undefined) {
    if (typeof body.confirmed !== 'boolean') {
      out.push({ field: 'confirmed', en: 'must be true or false', vi: 'phải là true hoặc false' });
    } else values.confirmed = body.confirmed;
  }
  if (body.note !== undefined) {
    const ok = body.note === null || (typeof body.note === 'string' && body.note.length <= 1000);
    if (!ok)
      out.push({
        field: 'note',
        en: 'must be text up to 1,000 characters',
        vi: 'phải là văn bản tối đa 1.000 ký tự',
      });
    else values.note = body.note === '' ? null : (body.note as string | null);
  }
}

function checkEnd(from: string, to: unknown, out: Problem[], values: Record<string, ColumnValue>) {
  if (to === null) {
    values.valid_to = null;
  } else if (typeof to !== 'string' || !isCivilDate(to)) {
    out.push({
      field: 'validTo',
      en: 'must be a date YYYY-MM-DD or null',
      vi: 'phải là ngày YYYY-MM-DD hoặc để trống',
    });
  } else if (to <= from) {
    out.push({
      field: 'validTo',
      en: `must be after the start ${from}`,
      vi: `phải sau ngày bắt đầu ${from}`,
    });
  } else values.valid_to = to;
}

export interface Checked {
  values: Record<string, ColumnValue>;
  problems: Problem[];
}

export function checkNewRow(spec: RuleTableSpec, body: Body): Checked {
  const problems: Problem[] = [];
  const values: Record<string, ColumnValue> = {};
  for (const f of spec.fields) {
    const v = body[f.field] === undefined ? f.defaultValue : body[f.field];
    if (v === undefined) problems.push({ field: f.field, en: 'is required', vi: 'là bắt buộc' });
    else checkField(f, v, problems, values);
  }
  const from = body.validFrom;
  if (typeof from !== 'string' || !isCivilDate(from)) {
    problems.push({
      field: 'validFrom',
      en: 'must be a date YYYY-MM-DD',
      vi: 'phải là ngày YYYY-MM-DD',
    });
  } else {
    values.valid_from = from;
    checkEnd(from, body.validTo ?? null, problems, values);
  }
  if (body.legalRef === undefined)
    problems.push({ field: 'legalRef', en: 'is required', vi: 'là bắt buộc' });
  checkCommon(body, problems, values);
  return { values, problems };
}

/** A correction: the values, legal basis, confirmation, note and end; never the key or start. */
export function checkPatch(spec: RuleTableSpec, body: Body, validFrom: string): Checked {
  const problems: Problem[] = [];
  const values: Record<string, ColumnValue> = {};
  const fixed = ['validFrom', ...spec.fields.filter((f) => f.key).map((f) => f.field)];
  for (const field of fixed.filter((name) => body[name] !== undefined)) {
    problems.push({
      field,
      en: 'cannot be changed: end this row (validTo) and add a new one',
      vi: 'không sửa được: hãy kết thúc dòng này (validTo) và thêm dòng mới',
    });
  }
  for (const f of spec.fields.filter((s) => !s.key && body[s.field] !== undefined)) {
    checkField(f, body[f.field], problems, values);
  }
  if (body.validTo !== undefined) checkEnd(validFrom, body.validTo, problems, values);
  checkCommon(body, problems, values);
  if (problems.length === 0 && Object.keys(values).length === 0) {
    problems.push({ field: '(body)', en: 'nothing to change', vi: 'không có gì để sửa' });
  }
  return { values, problems };
}
