// Errors of the coverage facts (stable COVERAGE_FACTS_… codes, English and Vietnamese).
import { AppError } from '../../platform/errors.js';

export const factsErrors = {
  badRange: (from: string, to: string) =>
    new AppError({
      code: 'COVERAGE_FACTS_RANGE_INVALID',
      status: 400,
      message: `Months must be YYYY-MM with from (${from}) not after to (${to}), at most 240 months`,
      messageVi: `Tháng phải có dạng YYYY-MM, từ tháng (${from}) không sau đến tháng (${to}), tối đa 240 tháng`,
      details: { from, to },
    }),
  future: (to: string, current: string) =>
    new AppError({
      code: 'COVERAGE_FACTS_FUTURE_MONTH',
      status: 400,
      message: `${to} is after the current month ${current}: facts are counted, not forecast`,
      messageVi: `${to} sau tháng hiện tại ${current}: số liệu chỉ tính cho tháng đã qua hoặc đang diễn ra`,
      details: { to, current },
    }),
};
