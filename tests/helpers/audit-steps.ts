// One step of the audit-of-writes test (src/app.audit.test.ts): a call to a non-GET route and
// the audit events it must add. Modules keep their steps beside their routes
// (`<module>.audit-steps.ts`) so the table does not grow into one long file.

export type Reply = { statusCode: number; body: string; json(): unknown };
export type Call = (
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) => Promise<Reply>;

export interface Step {
  route: string;
  /** audit events the call must add */
  audits: 0 | 1;
  run: (ctx: Record<string, number | string>) => Promise<Reply>;
  keep?: (body: never, ctx: Record<string, number | string>) => void;
}
