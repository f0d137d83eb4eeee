// Errors of support policies and their simulation (stable CONTRIBUTIONS_POLICY_… codes).
import { AppError } from '../../platform/errors.js';
import type { Problem } from './contributions.errors.js';

export const policyErrors = {
  contradictory: (problems: Problem[]) =>
    new AppError({
      code: 'CONTRIBUTIONS_POLICY_CONTRADICTORY',
      status: 422,
      message: `The policy contradicts itself: ${problems.map((p) => `${p.field}: ${p.en}`).join('; ')}`,
      messageVi: `Chính sách có điều kiện mâu thuẫn: ${problems.map((p) => `${p.field}: ${p.vi}`).join('; ')}`,
      details: problems.map((p) => ({ field: p.field, problem: p.en, problemVi: p.vi })),
    }),
  notFound: (id: number) =>
    new AppError({
      code: 'CONTRIBUTIONS_POLICY_NOT_FOUND',
      status: 404,
      message: `There is no support policy ${id}`,
      messageVi: `Không có chính sách hỗ trợ số ${id}`,
    }),
  duplicateCode: (code: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_POLICY_CODE_TAKEN',
      status: 409,
      message: `Another support policy already has the code ${code}`,
      messageVi: `Mã chính sách ${code} đã được dùng cho chính sách khác`,
    }),
  unknownProvince: (code: string, at: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_POLICY_PROVINCE_UNKNOWN',
      status: 422,
      message: `No province has the code ${code} on ${at}, the first day of the policy`,
      messageVi: `Không có tỉnh mang mã ${code} vào ngày ${at} (ngày chính sách bắt đầu có hiệu lực)`,
      details: { provinceCode: code, at },
    }),
  issuerRequired: () =>
    new AppError({
      code: 'CONTRIBUTIONS_POLICY_ISSUER_REQUIRED',
      status: 422,
      message: 'Only a draft may leave the issuing province unset',
      messageVi: 'Chỉ chính sách dự thảo mới được để trống tỉnh ban hành',
    }),
  statusChange: (from: string, to: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_POLICY_STATUS_CHANGE',
      status: 422,
      message: `A policy goes draft → active → withdrawn: it cannot go from ${from} to ${to}`,
      messageVi: `Trạng thái chính sách chỉ đi theo dự thảo → hiệu lực → bãi bỏ: không chuyển được từ ${from} sang ${to}`,
      details: { from, to },
    }),
  withdrawn: () =>
    new AppError({
      code: 'CONTRIBUTIONS_POLICY_WITHDRAWN',
      status: 422,
      message: 'A withdrawn policy is kept as it was: create a new one instead',
      messageVi: 'Chính sách đã bãi bỏ được giữ nguyên: hãy tạo chính sách mới',
    }),
  shareUnset: (code: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_POLICY_SHARE_UNSET',
      status: 422,
      message: `Policy ${code} has no share or amount yet: set one before simulating it`,
      messageVi: `Chính sách ${code} chưa có tỷ lệ hoặc mức hỗ trợ: cần đặt trước khi mô phỏng`,
    }),
  policyOrDraft: () =>
    new AppError({
      code: 'CONTRIBUTIONS_SIMULATION_POLICY',
      status: 400,
      message: 'Give exactly one of policy (a draft) and policyId',
      messageVi: 'Cần đúng một trong hai: policy (dự thảo) hoặc policyId',
    }),
  schemeNotSimulated: () =>
    new AppError({
      code: 'CONTRIBUTIONS_SIMULATION_SCHEME',
      status: 422,
      message:
        'Only HI policies can be simulated: voluntary SI contributions depend on incomes the registry does not hold',
      messageVi:
        'Chỉ mô phỏng được chính sách hỗ trợ BHYT: mức đóng BHXH tự nguyện phụ thuộc thu nhập lựa chọn, không có trong sổ',
    }),
  noRules: (at: string) =>
    new AppError({
      code: 'CONTRIBUTIONS_SIMULATION_NO_RULES',
      status: 422,
      message: `No base salary or HI rate is on record for ${at}`,
      messageVi: `Chưa có lương cơ sở hoặc tỷ lệ đóng BHYT áp dụng vào ngày ${at}`,
    }),
};
