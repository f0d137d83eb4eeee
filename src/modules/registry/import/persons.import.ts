// Import of persons: columns (English names, Vietnamese aliases) and the pure row validator.
// The SQL checks and the merge are in persons.merge.ts.
import { searchKey } from '../../../platform/text.js';
import type { ColumnDef } from '../../../platform/import/header.js';
import type { ImportSpec } from '../../../platform/import/spec.js';
import {
  civilDate,
  leadingZeroLost,
  oneOf,
  text,
  type Problems,
} from '../../../platform/import/values.js';
import { checkNationalId, checkSiNumber } from '../national-id.js';
import type { RegistryImportContext } from './import.context.js';
import { communeAt } from './import.context.js';
import { checkPersons, mergePersons } from './persons.merge.js';
import { householdCode, relationOf, SEX } from './registry.values.js';

export const personColumns: readonly ColumnDef[] = [
  {
    name: 'national_id',
    aliases: ['so_dinh_danh', 'so_dinh_danh_ca_nhan', 'so_cccd', 'cccd'],
    required: true,
  },
  { name: 'si_number', aliases: ['ma_so_bhxh', 'so_bhxh', 'ma_bhxh'], required: false },
  { name: 'full_name', aliases: ['ho_ten', 'ho_va_ten'], required: true },
  { name: 'birth_date', aliases: ['ngay_sinh'], required: true },
  { name: 'sex', aliases: ['gioi_tinh'], required: true },
  { name: 'ethnicity', aliases: ['dan_toc', 'ma_dan_toc'], required: false },
  { name: 'phone', aliases: ['dien_thoai', 'so_dien_thoai'], required: false },
  { name: 'commune_code', aliases: ['ma_xa'], required: true },
  { name: 'household_code', aliases: ['ma_ho', 'ma_ho_gia_dinh'], required: false },
  { name: 'household_relation', aliases: ['quan_he_voi_chu_ho', 'quan_he'], required: false },
];

function idChecks(
  p: Problems,
  ctx: RegistryImportContext,
  r: Readonly<Record<string, string>>,
  birth: string | null,
  sex: 'male' | 'female' | null,
) {
  const id = text(p, 'national_id', r.national_id!, { required: true });
  if (id !== null && leadingZeroLost(p, 'national_id', id, 12)) {
    // reported: the other checks would only repeat it
  } else if (id !== null && birth !== null && sex !== null) {
    const problem = checkNationalId(id, birth, sex, ctx.birthProvinces);
    if (problem) p.add('national_id', problem.code, problem.message, problem.messageVi);
  } else if (id !== null && !/^\d{12}$/.test(id))
    p.add('national_id', 'NATIONAL_ID_FORMAT', 'must be 12 digits', 'phải gồm đúng 12 chữ số');
  const si = text(p, 'si_number', r.si_number!, { required: false });
  const siProblem =
    si === null || leadingZeroLost(p, 'si_number', si, 10) ? null : checkSiNumber(si);
  if (siProblem) p.add('si_number', siProblem.code, siProblem.message, siProblem.messageVi);
  return { id, si };
}

function birthDate(p: Problems, ctx: RegistryImportContext, raw: string) {
  const date = civilDate(p, 'birth_date', raw);
  if (date !== null && (date > ctx.today || date < '1900-01-01'))
    return p.add(
      'birth_date',
      'BIRTH_DATE_OUT_OF_RANGE',
      `${date} is in the future or before 1900`,
      `${date} ở tương lai hoặc trước năm 1900`,
    );
  return date;
}

function ethnicity(p: Problems, ctx: RegistryImportContext, raw: string) {
  const value = text(p, 'ethnicity', raw, { required: false });
  if (value === null) return null;
  const code = /^\d{1,2}$/.test(value) ? value.padStart(2, '0') : value;
  if (ctx.ethnicities.has(code)) return code;
  return p.add(
    'ethnicity',
    'ETHNICITY_UNKNOWN',
    `"${value}" is not an ethnic group code (01–54)`,
    `"${value}" không phải mã dân tộc (01–54)`,
  );
}

function phone(p: Problems, raw: string) {
  const value = text(p, 'phone', raw, { required: false });
  if (value === null) return null;
  const digits = value.replace(/[\s.-]/g, '').replace(/^\+84/, '0');
  if (/^0\d{9}$/.test(digits)) return digits;
  return p.add(
    'phone',
    'PHONE_FORMAT',
    'a phone number is 10 digits starting with 0',
    'số điện thoại gồm 10 chữ số, bắt đầu bằng 0',
  );
}

/** Pure: a row of the persons file → staging values (see personStage), or null. */
export function validatePerson(
  r: Readonly<Record<string, string>>,
  ctx: RegistryImportContext,
  p: Problems,
) {
  const birth = birthDate(p, ctx, r.birth_date!);
  const sex = oneOf(p, 'sex', r.sex!, SEX, searchKey);
  const { id, si } = idChecks(p, ctx, r, birth, sex);
  const name = text(p, 'full_name', r.full_name!.replace(/\s+/g, ' '), {
    required: true,
    max: 200,
  });
  const commune = communeAt(
    p,
    ctx,
    'commune_code',
    text(p, 'commune_code', r.commune_code!, { required: true }),
  );
  const household = householdCode(p, r.household_code!);
  const relation = relationOf(p, r.household_relation!, household !== null);
  const values = [
    id,
    si,
    name,
    name === null ? null : searchKey(name),
    birth,
    sex,
    ethnicity(p, ctx, r.ethnicity!),
    phone(p, r.phone!),
    commune,
    household,
    relation,
  ];
  return p.any ? null : values;
}

export const personStage = [
  { name: 'national_id', type: 'text' },
  { name: 'si_number', type: 'text' },
  { name: 'full_name', type: 'text' },
  { name: 'search_key', type: 'text' },
  { name: 'birth_date', type: 'date' },
  { name: 'sex', type: 'text' },
  { name: 'ethnicity', type: 'text' },
  { name: 'phone', type: 'text' },
  { name: 'commune_id', type: 'bigint' },
  { name: 'household_code', type: 'text' },
  { name: 'household_relation', type: 'text' },
];

export const personImport: ImportSpec<RegistryImportContext> = {
  kind: 'persons',
  action: 'person.import',
  columns: personColumns,
  stage: personStage,
  key: ['national_id'],
  keyField: 'national_id',
  validate: validatePerson,
  check: checkPersons,
  merge: mergePersons,
};
