// Pure parsers of the coverage file's codes: schemes and payers in English or Vietnamese,
// participant groups valid at the start of the period, the employer exactly when it pays.
import { withinValidity } from '../../platform/dates.js';
import { text, type Problems } from '../../platform/import/values.js';
import { searchKey } from '../../platform/text.js';
import type { CoverageImportContext } from './coverage.import.js';
import type { Payer, Scheme } from './enrolment.tables.js';

export const SCHEME: Record<string, Scheme> = {
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
export const PAYER: Record<string, Payer> = {
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
export const codeKey = (s: string) => searchKey(s).replace(/[^a-z0-9]+/g, '_');

export function group(p: Problems, ctx: CoverageImportContext, raw: string, from: string | null) {
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

export function employerOf(p: Problems, raw: string, payer: Payer | null) {
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
