// PostgreSQL error codes we translate into domain errors (same on the server and PGlite).
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_EXCLUSION_VIOLATION = '23P01';
export const PG_CHECK_VIOLATION = '23514';
export const PG_FOREIGN_KEY_VIOLATION = '23503';

export function pgErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isConflict(error: unknown): boolean {
  const code = pgErrorCode(error);
  return code === PG_UNIQUE_VIOLATION || code === PG_EXCLUSION_VIOLATION;
}
