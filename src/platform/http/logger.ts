// Structured JSON logs with no personal data: requests are logged by route pattern
// ('/api/v1/geo/units/:code'), never by raw URL or query string, and never with bodies,
// cookies or authorization headers.
import type { FastifyServerOptions } from 'fastify';

interface LoggedRequest {
  id: string;
  method: string;
  routeOptions?: { url?: string };
}

interface LoggedError {
  name?: string;
  message?: string;
  stack?: string;
  code?: string;
  constraint?: string;
  table?: string;
}

/**
 * Errors without what may quote personal data: a database error's `detail` ("Failing row
 * contains (…)"), `where`, and the query and parameters some drivers attach.
 */
export function safeError(err: LoggedError) {
  return {
    type: err.name ?? 'Error',
    message: err.message ?? '',
    ...(err.code ? { code: err.code } : {}),
    ...(err.constraint ? { constraint: err.constraint } : {}),
    ...(err.table ? { table: err.table } : {}),
    stack: err.stack ?? '',
  };
}

export function loggerOptions(
  level: string,
  stream?: { write(line: string): void },
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    serializers: {
      req: (req: LoggedRequest) => ({
        id: req.id,
        method: req.method,
        route: req.routeOptions?.url ?? '(unmatched)',
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: safeError,
    },
  };
}
