// Import of coverage periods (person, scheme, participant group, payer, validity). The natural
// key is (national ID, scheme, valid_from); valid_to is exclusive like everywhere in ansinh.
// The persons must be in the caller's area (registry.write). SQL side: coverage.import.sql.ts.
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { withinValidity } from '../../platform/dates.js';
import type { ColumnDef } from '../../platform/import/header.js';
import type { ImportSpec } from '../../platform/import/spec.js';
import {
  civilDate,
  integer,
  leadingZeroLost,
  oneOf,
  text,
  type Problems,
} from '../../platform/import/values.js';
import { searchKey } from '../../platform/text.js';
import { reachOf } from '../auth/index.js';
import { checkCoverage, mergeCoverage } from './coverage.import.sql.js';
import type { Payer, Scheme } from './enrolment.tables.js';

export interface CoverageImportContext {
  groups: ReadonlyMap<string, readonly { validFrom: string; validTo: string | null }[]>;
  /** communes whose persons the caller may enrol; null: nationwide */
  writable: readonly number[] | null;
}

export async function loadCoverageContext(db: Db, actor: Actor): Promise<CoverageImportContext> {
  const rows = await db
    .selectFrom('participant_group')
    .select(['code', 'valid_from', 'valid_to'])
    .execute();
  const groups = new Map<string, { validFrom: string; validTo: string | null }[]>();
  for (const g of rows)
    groups.set(g.code, [
      ...(groups.get(g.code) ?? []),
      { validFrom: g.valid_from, validTo: g.valid_to },
    ]);
  const reach = await reachOf(db, actor, 'registry.write');
  return { groups, writable: reach.all ? null : reach.unitIds };
}

const SCHEME: Record<string, Scheme> = {
  si_compulsory: 'si_compulsory',
  bhxh_bat_buoc: 'si_compulsory',
  si_voluntary: 'si_voluntary',
  bhxh_tu_nguyen: 'si_voluntary',
  hi: 'hi',
  bhyt: 'hi',
  ui: 'ui',
  bhtn: 'ui',
  oa_od: 'oa_od',
  bhtnld_bnn: 'oa_od',
};
const PAYER: Record<string, Payer> = {
  employer: 'employer',
  don_vi: 'employer',
  state_budget: 'state_budget',
  nsnn: 'state_budget',
  local_budget: 'local_budget',
  ngan_sach_dia_phuong: 'local_budget',
  household: 'household',
  ho_gia_dinh: 'household',
  self: 'self',
  ca_nhan: 'self',
  si_fund: 'si_fund',
  quy_bhxh: 'si_fund',
};
const codeKey = (s: string) => searchKey(s).replace(/[^a-z0-9]+/g, '_');

export const coverageColumns: readonly ColumnDef[] = [
  {
    name: 'national_id',
    aliases: ['so_dinh_danh', 'so_dinh_danh_ca_nhan', 'cccd'],
    required: true,
  },
  { name: 'scheme', aliases: ['loai_bao_hiem', 'che_do'], required: true },
  { name: 'group_code', aliases: ['ma_doi_tuong'], required: true },
  { name: 'payer', aliases: ['nguoi_dong', 'nguon_dong'], required: true },
  { name: 'employer_tax_code', aliases: ['ma_so_thue_don_vi', 'mst_don_vi'], required: false },
  { name: 'contribution_salary', aliases: ['muc_luong_dong', 'tien_luong_dong'], required: false },
  { name: 'valid_from', aliases: ['tu_ngay'], required: true },
  { name: 'valid_to', aliases: [], required: false },
];

function group(p: Problems, ctx: CoverageImportContext, raw: string, from: string | null) {
  const code = text(p, 'group_code', raw.toUpperCase(), { required: true });
  if (code === null) return null;
  const versions = ctx.groups.get(code);
  if (!versions)
    return p.add(
      'group_code',
      'GROUP_UNKNOWN',
      `${code} is not a participant group code`,
      `${code} không phải mã đối tượng tham gia`,
    );
  if (from !== null && !versions.some((v) => withinValidity(from, v.validFrom, v.validTo)))
    return p.add(
      'group_code',
      'GROUP_NOT_VALID_AT',
      `group ${code} did not exist on ${from}`,
      `mã đối tượng ${code} chưa/không còn hiệu lực vào ngày ${from}`,
    );
  return code;
}

function employerOf(p: Problems, raw: string, payer: Payer | null) {
  const tax = text(p, 'employer_tax_code', raw, { required: false });
  if (payer === 'employer' && tax === null)
    return p.add(
      'employer_tax_code',
      'EMPLOYER_REQUIRED',
      'the employer pays: give its tax code',
      'đơn vị đóng: cần mã số thuế của đơn vị',
    );
  if (payer !== 'employer' && tax !== null)
    return p.add(
      'employer_tax_code',
      'EMPLOYER_NOT_EXPECTED',
      'an employer tax code only goes with payer "employer"',
      'chỉ ghi mã số thuế đơn vị khi người đóng là đơn vị',
    );
  if (tax !== null && !/^\d{10}(-\d{3})?$/.test(tax))
    return p.add(
      'employer_tax_code',
      'TAX_CODE_FORMAT',
      'a tax code is 10 digits, branches add -NNN',
      'mã số thuế gồm 10 chữ số, chi nhánh thêm -NNN',
    );
  return tax;
}

export function validateCoverage(
  r: Readonly<Record<string, string>>,
  ctx: CoverageImportContext,
  p: Problems,
) {
  let id = text(p, 'national_id', r.national_id!, { required: true });
  if (id !== null && leadingZeroLost(p, 'national_id', id, 12)) id = null;
  else if (id !== null && !/^\d{12}$/.test(id))
    id = p.add('national_id', 'NATIONAL_ID_FORMAT', 'must be 12 digits', 'phải gồm đúng 12 chữ số');
  const scheme = oneOf(p, 'scheme', r.scheme!, SCHEME, codeKey);
  const payer = oneOf(p, 'payer', r.payer!, PAYER, codeKey);
  const from = civilDate(p, 'valid_from', r.valid_from!);
  const to = civilDate(p, 'valid_to', r.valid_to!, false);
  if (from !== null && to !== null && to <= from)
    p.add(
      'valid_to',
      'PERIOD_INVALID',
      'valid_to (exclusive) must be after valid_from',
      'valid_to (không tính ngày này) phải sau valid_from',
    );
  const code = group(p, ctx, r.group_code!, from);
  const employer = employerOf(p, r.employer_tax_code!, payer);
  const salary = integer(p, 'contribution_salary', r.contribution_salary!, {
    required: false,
    min: 1,
  });
  return p.any ? null : [id, scheme, code, payer, employer, salary, from, to];
}

export const coverageImport: ImportSpec<CoverageImportContext> = {
  kind: 'coverage',
  action: 'coverage.import',
  columns: coverageColumns,
  stage: [
    { name: 'national_id', type: 'text' },
    { name: 'scheme', type: 'text' },
    { name: 'group_code', type: 'text' },
    { name: 'payer', type: 'text' },
    { name: 'employer_tax_code', type: 'text' },
    { name: 'contribution_salary', type: 'bigint' },
    { name: 'valid_from', type: 'date' },
    { name: 'valid_to', type: 'date' },
  ],
  key: ['national_id', 'scheme', 'valid_from'],
  keyField: 'national_id, scheme, valid_from',
  validate: validateCoverage,
  check: checkCoverage,
  merge: mergeCoverage,
};
