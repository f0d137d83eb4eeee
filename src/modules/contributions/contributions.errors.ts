// Errors of the contributions module: rule tables, wage regions and the calculator endpoints.
import { AppError } from '../../platform/errors.js';

/** One thing wrong with a request, said in both languages. */
export interface Problem {
  field: string;
  en: string;
  vi: string;
}

export const contributionsErrors = {
  unknownTable: (table: string, known: readonly string[]) =>
    new AppError({
      code: 'CONTRIBUTIONS_UNKNOWN_TABLE',
      status: 400,
      message: `There is no rule table "${table}"; the tables are ${known.join(', ')}`,
      messageVi: `Không có bảng quy định "${table}"; các bảng là ${known.join(', ')}`,
      details: { known },
    }),
  invalid: (problems: Problem[]) =>
    new AppError({
      code: 'CONTRIBUTIONS_INVALID',
      status: 400,
      message: problems.map((p) => `${p.field}: ${p.en}`).join('; '),
      messageVi: problems.map((p) => `${p.field}: ${p.vi}`).join('; '),
      details: problems.map((p) => ({ field: p.field, problem: p.en, problemVi: p.vi })),
    }),
  ruleNotFound: (table: string, id: number) =>
    new AppError({
      code: 'CONTRIBUTIONS_RULE_NOT_FOUND',
      status: 404,
      message: `There is no row ${id} in the rule table ${table}`,
      messageVi: `Không có dòng ${id} trong bảng quy định ${table}`,
    }),
  overlap: (table: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_RULE_OVERLAP',
      status: 409,
      message: `Another row of ${table} with the same key is valid during part of this period: end it first`,
      messageVi: `Đã có dòng khác của bảng ${table} cùng khóa có hiệu lực trong một phần thời gian này: cần kết thúc dòng đó trước`,
    }),
  gap: (table: string, holes: { from: string; to: string | null }[]) =>
    new AppError({
      code: 'CONTRIBUTIONS_RULE_GAP',
      status: 409,
      message: `This change would leave ${table} without a row from ${holes[0]?.from} to ${holes[0]?.to}`,
      messageVi: `Thay đổi này làm bảng ${table} không có dòng nào từ ${holes[0]?.from} đến ${holes[0]?.to}`,
      details: { holes },
    }),
  unitLevel: (code: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_WAGE_REGION_UNIT',
      status: 400,
      message: `${code} is a district: a wage region is recorded for a province (default) or a commune`,
      messageVi: `${code} là đơn vị cấp huyện: vùng lương tối thiểu ghi cho tỉnh (mặc định) hoặc cho xã`,
    }),
  noWageRegion: (code: string, at: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_NO_WAGE_REGION',
      status: 422,
      message: `No minimum-wage region is on record for ${code} or its province on ${at}: give the region`,
      messageVi: `Chưa có vùng lương tối thiểu của ${code} hoặc tỉnh của đơn vị này vào ngày ${at}: hãy chọn vùng`,
    }),
  regionRequired: () =>
    new AppError({
      code: 'CONTRIBUTIONS_REGION_REQUIRED',
      status: 400,
      message: 'Give the minimum-wage region (1–4) or the commune code of the workplace',
      messageVi: 'Cần chọn vùng lương tối thiểu (1–4) hoặc mã xã nơi làm việc',
    }),
};
