// Errors that reach a caller carry a stable code, an HTTP status and a message in Vietnamese
// and English. The HTTP layer adds the request id when it writes the envelope.

export interface AppErrorSpec {
  code: string;
  status: number;
  message: string;
  messageVi: string;
  details?: unknown;
  /** what the audit trail should record about this refusal; never sent to the caller */
  auditDetails?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly messageVi: string;
  readonly details: unknown;
  readonly auditDetails: Record<string, unknown> | null;

  constructor(spec: AppErrorSpec) {
    super(spec.message);
    this.name = 'AppError';
    this.code = spec.code;
    this.status = spec.status;
    this.messageVi = spec.messageVi;
    this.details = spec.details ?? null;
    this.auditDetails = spec.auditDetails ?? null;
  }
}

export interface ErrorEnvelope {
  code: string;
  message: string;
  messageVi: string;
  details: unknown;
  requestId: string;
}

/** Errors shared by every module; module-specific codes live in `<module>.errors.ts`. */
export const commonErrors = {
  validation: (details: unknown) =>
    new AppError({
      code: 'VALIDATION_FAILED',
      status: 400,
      message: 'The request is not valid',
      messageVi: 'Yêu cầu không hợp lệ',
      details,
    }),
  notFound: (what: string, whatVi: string, details?: unknown) =>
    new AppError({
      code: 'NOT_FOUND',
      status: 404,
      message: `${what} was not found`,
      messageVi: `Không tìm thấy ${whatVi}`,
      details,
    }),
  routeNotFound: (method: string, url: string) =>
    new AppError({
      code: 'ROUTE_NOT_FOUND',
      status: 404,
      message: `No route ${method} ${url}`,
      messageVi: `Không có đường dẫn ${method} ${url}`,
    }),
  internal: () =>
    new AppError({
      code: 'INTERNAL_ERROR',
      status: 500,
      message: 'Internal error; quote the request id when reporting it',
      messageVi: 'Lỗi hệ thống; vui lòng cung cấp mã yêu cầu khi báo lỗi',
    }),
  unavailable: (details?: unknown) =>
    new AppError({
      code: 'SERVICE_UNAVAILABLE',
      status: 503,
      message: 'The service is not ready',
      messageVi: 'Dịch vụ chưa sẵn sàng',
      details,
    }),
};
