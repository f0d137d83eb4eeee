// Errors of the contributions calculator. 400: the input itself is malformed; 422: the input is
// well-formed but the rules refuse it (no rule for the date, income outside the legal range, …).
import { AppError } from '../../../platform/errors.js';
import { groupDigits as g } from './format.js';

export const calculatorErrors = {
  badDate: (field: string, value: string, format: 'YYYY-MM' | 'YYYY-MM-DD') =>
    new AppError({
      code: 'CONTRIBUTIONS_BAD_DATE',
      status: 400,
      message: `${field} must be a real calendar ${format} (got ${value})`,
      messageVi: `${field} phải có dạng ${format} hợp lệ (nhận được ${value})`,
      details: { field, value, format },
    }),
  badAmount: (field: string, value: number) =>
    new AppError({
      code: 'CONTRIBUTIONS_BAD_AMOUNT',
      status: 400,
      message: `${field} must be a positive whole number of VND (got ${value})`,
      messageVi: `${field} phải là số đồng nguyên dương (nhận được ${value})`,
      details: { field, value },
    }),
  badCount: (field: string, value: number, min: number, max: number) =>
    new AppError({
      code: 'CONTRIBUTIONS_BAD_COUNT',
      status: 400,
      message: `${field} must be a whole number between ${min} and ${max} (got ${value})`,
      messageVi: `${field} phải là số nguyên từ ${min} đến ${max} (nhận được ${value})`,
      details: { field, value, min, max },
    }),
  badChoice: (field: string, value: unknown, allowed: readonly unknown[]) =>
    new AppError({
      code: 'CONTRIBUTIONS_BAD_CHOICE',
      status: 400,
      message: `${field} must be one of ${allowed.join(', ')} (got ${String(value)})`,
      messageVi: `${field} phải là một trong ${allowed.join(', ')} (nhận được ${String(value)})`,
      details: { field, value, allowed },
    }),
  noRule: (table: string, what: string, at: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_NO_RULE',
      status: 422,
      message: `No ${table} rule (${what}) is in force on ${at}`,
      messageVi: `Không có quy định ${table} (${what}) có hiệu lực ngày ${at}`,
      details: { table, what, at },
    }),
  badRuleValue: (table: string, value: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_BAD_RULE_VALUE',
      status: 422,
      message: `The ${table} rule holds a value that is not a decimal number: ${value}`,
      messageVi: `Quy định ${table} có giá trị không phải số thập phân: ${value}`,
      details: { table, value },
    }),
  incomeOutOfRange: (income: number, min: number, max: number, at: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_INCOME_OUT_OF_RANGE',
      status: 422,
      message: `The chosen income ${g(income, ',')} must lie between ${g(min, ',')} (rural poverty line) and ${g(max, ',')} (cap) on ${at}`,
      messageVi: `Mức thu nhập lựa chọn ${g(income, '.')} phải từ ${g(min, '.')} (chuẩn nghèo nông thôn) đến ${g(max, '.')} (mức trần) tại ngày ${at}`,
      details: { income, min, max, at },
    }),
  unknownGroup: (code: string, at: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_UNKNOWN_GROUP',
      status: 400,
      message: `${code} is not a participant group code valid on ${at}`,
      messageVi: `${code} không phải mã đối tượng có hiệu lực ngày ${at}`,
      details: { code, at },
    }),
  groupNotHousehold: (code: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_GROUP_NOT_HOUSEHOLD',
      status: 422,
      message: `Group ${code} is paid by an employer or a fund, not by the household`,
      messageVi: `Đối tượng ${code} do đơn vị sử dụng lao động hoặc quỹ đóng, không tham gia theo hộ gia đình`,
      details: { code },
    }),
  noMembers: () =>
    new AppError({
      code: 'CONTRIBUTIONS_NO_MEMBERS',
      status: 400,
      message: 'A household needs at least one member (and at most 50)',
      messageVi: 'Hộ gia đình phải có ít nhất một thành viên (và không quá 50)',
    }),
  badTopUp: (policyId: number, reason: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_BAD_TOP_UP',
      status: 400,
      message: `Local support policy ${policyId} cannot be applied: ${reason}`,
      messageVi: `Không áp dụng được chính sách hỗ trợ địa phương ${policyId}: ${reason}`,
      details: { policyId, reason },
    }),
};
