// Errors of coverage monitoring (stable COVERAGE_… codes, English and Vietnamese).
import { AppError } from '../../platform/errors.js';

export const monitoringErrors = {
  futureDate: (at: string, today: string) =>
    new AppError({
      code: 'COVERAGE_FUTURE_DATE',
      status: 400,
      message: `The date ${at} is after today (${today}): coverage is known only up to today`,
      messageVi: `Ngày ${at} sau ngày hôm nay (${today}): chỉ có số liệu bao phủ đến hôm nay`,
      details: { at, today },
    }),
};
