// Request/response schema pieces shared by every module's routes.
import { Type, type TSchema } from 'typebox';

/** A civil date: 'YYYY-MM-DD', checked to exist (no 2025-02-30). */
export const CivilDate = Type.String({
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'Civil date YYYY-MM-DD',
  examples: ['2025-07-01'],
});

export const ErrorEnvelope = Type.Object(
  {
    code: Type.String(),
    message: Type.String(),
    messageVi: Type.String(),
    details: Type.Unknown(),
    requestId: Type.String(),
  },
  { $id: 'ErrorEnvelope', description: 'Error with a stable code and Vietnamese/English messages' },
);

/** A database row id in a path: positive and within JavaScript's safe integers. */
export const RowId = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });

export const Limit = Type.Integer({ minimum: 1, maximum: 500, default: 50 });

/** Standard error responses to declare on a route. */
export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((s) => [s, Type.Ref('ErrorEnvelope')]));
}

export function page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()]),
  });
}
