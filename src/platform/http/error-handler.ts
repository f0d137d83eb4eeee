// Every error leaves the API in one envelope: {code, message, messageVi, details, requestId}.
// Unexpected errors are logged (message and stack, never the request body) and become a 500
// with no internals exposed.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { pgErrorCode } from '../db/pg-errors.js';
import { AppError, commonErrors, type ErrorEnvelope } from '../errors.js';

function envelope(error: AppError, requestId: string): ErrorEnvelope {
  return {
    code: error.code,
    message: error.message,
    messageVi: error.messageVi,
    details: error.details,
    requestId,
  };
}

/**
 * PostgreSQL errors the caller caused become 4xx: class 22 (data exception: a NUL character,
 * an out-of-range number, an invalid date) and class 23 (a constraint the input breaks, when a
 * service did not catch it first). The database's message and detail are neither echoed nor
 * logged: they may quote the input, i.e. personal data.
 */
function fromDatabase(error: unknown): AppError | undefined {
  const code = pgErrorCode(error);
  if (code?.startsWith('22')) {
    return new AppError({
      code: 'REQUEST_INVALID',
      status: 400,
      message:
        'A value in the request cannot be stored or compared (out of range or invalid characters)',
      messageVi:
        'Một giá trị trong yêu cầu không hợp lệ (vượt giới hạn hoặc chứa ký tự không hợp lệ)',
      details: { sqlstate: code },
    });
  }
  if (code === '23505' || code === '23P01') {
    return new AppError({
      code: 'CONFLICT',
      status: 409,
      message: 'The request conflicts with an existing record',
      messageVi: 'Yêu cầu trùng hoặc chồng lấn với dữ liệu đã có',
      details: { sqlstate: code },
    });
  }
  if (code?.startsWith('23')) {
    return new AppError({
      code: 'REQUEST_INVALID',
      status: 400,
      message: 'A value in the request breaks a rule of the data (empty, unknown or out of range)',
      messageVi:
        'Một giá trị trong yêu cầu vi phạm ràng buộc dữ liệu (trống, không tồn tại hoặc ngoài phạm vi)',
      details: { sqlstate: code },
    });
  }
  return undefined;
}

function fromFastify(error: FastifyError): AppError | undefined {
  if (error.validation) {
    return commonErrors.validation(
      error.validation.map((v) => ({
        in: error.validationContext ?? 'request',
        field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || undefined,
        problem: v.message,
      })),
    );
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return new AppError({
      code: 'REQUEST_INVALID',
      status,
      message: error.message,
      messageVi: 'Yêu cầu không hợp lệ',
      details: { reason: error.code },
    });
  }
  return undefined;
}

export function sendError(reply: FastifyReply, request: FastifyRequest, error: AppError) {
  return reply.status(error.status).send(envelope(error, request.id));
}

/** Called for refusals worth a trace: every 403, and 401s raised with audit details. */
export type RefusalRecorder = (request: FastifyRequest, error: AppError) => Promise<void>;

function isRecordedRefusal(error: AppError): boolean {
  return error.status === 403 || (error.status === 401 && error.auditDetails !== null);
}

export function makeErrorHandler(recordRefusal?: RefusalRecorder) {
  return async (
    error: FastifyError | AppError | Error,
    request: FastifyRequest,
    reply: FastifyReply,
  ) => {
    if (error instanceof AppError && recordRefusal && isRecordedRefusal(error)) {
      // the refusal's own transaction: the request's, if any, has rolled back
      await recordRefusal(request, error).catch((err: unknown) =>
        request.log.error({ err }, 'could not audit a refusal'),
      );
    }
    return errorHandler(error, request, reply);
  };
}

export function errorHandler(
  error: FastifyError | AppError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof AppError) {
    if (error.status >= 500) request.log.error({ code: error.code, err: error }, 'request failed');
    return sendError(reply, request, error);
  }
  const fromDb = fromDatabase(error);
  // a constraint that no service caught first may be a bug: keep a trace (without the row)
  if (fromDb?.code === 'CONFLICT' || pgErrorCode(error)?.startsWith('23')) {
    request.log.warn({ err: error }, 'a database constraint refused the request');
  }
  const known = fromDb ?? fromFastify(error as FastifyError);
  if (known) return sendError(reply, request, known);
  request.log.error({ err: error }, 'unexpected error');
  return sendError(reply, request, commonErrors.internal());
}
