// Errors of the reports module (stable REPORT_… codes, English and Vietnamese). Errors raised by
// the coverage services a report reads (COVERAGE_…) and by geo (GEO_…) reach the caller as they are.
import { AppError } from '../../platform/errors.js';

const viMonth = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

export const reportErrors = {
  periodInvalid: (period: string) =>
    new AppError({
      code: 'REPORT_PERIOD_INVALID',
      status: 400,
      message: `The period must be a month written YYYY-MM (such as 2025-11), not "${period}"`,
      messageVi: `Kỳ báo cáo phải là một tháng dạng YYYY-MM (ví dụ 2025-11), không phải "${period}"`,
      details: { period },
    }),
  periodFuture: (month: string, today: string) =>
    new AppError({
      code: 'REPORT_PERIOD_FUTURE',
      status: 422,
      message: `Month ${viMonth(month)} has not begun (today is ${today}): a report covers the current month or earlier ones`,
      messageVi: `Tháng ${viMonth(month)} chưa đến (hôm nay là ${today}): chỉ lập báo cáo cho tháng hiện tại hoặc các tháng trước`,
      details: { period: month, today },
    }),
  notFound: (id: string) =>
    new AppError({
      code: 'REPORT_NOT_FOUND',
      status: 404,
      message: `There is no report run ${id} of yours (runs are kept one hour after they end)`,
      messageVi: `Không có lượt lập báo cáo ${id} của bạn (kết quả chỉ được giữ một giờ sau khi xong)`,
      details: { id },
    }),
  notReady: (id: string, status: string) =>
    new AppError({
      code: 'REPORT_NOT_READY',
      status: 409,
      message: `Report run ${id} is ${status}: its files exist only once it is done`,
      messageVi: `Lượt lập báo cáo ${id} đang ở trạng thái ${status}: chỉ tải được tệp khi đã lập xong`,
      details: { id, status },
    }),
  busy: (running: number) =>
    new AppError({
      code: 'REPORT_BUSY',
      status: 503,
      message: `${running} reports are being made already; try again in a minute`,
      messageVi: `Đang lập ${running} báo cáo; vui lòng thử lại sau một phút`,
      details: { running },
    }),
};
