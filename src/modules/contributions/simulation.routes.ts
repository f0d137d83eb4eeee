// Simulation routes under /api/v1/contributions: simulate one policy (a draft in the body or a
// stored one by id), compare two, or get either as XLSX. `coverage.read` within the province.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { actorOf } from '../../platform/http/context.js';
import { CivilDate, errorResponses, RowId } from '../../platform/http/schemas.js';
import { policyErrors } from './policies.errors.js';
import { NewPolicyBody, policyInput } from './policies.routes.js';
import { compare, simulate, type PolicyRef } from './simulation.service.js';
import { simulationWorkbook } from './simulation.xlsx.js';

const tags = ['contributions'];
const Ref = { policy: Type.Optional(NewPolicyBody), policyId: Type.Optional(RowId) };
const Common = {
  provinceCode: Type.String({ pattern: '^[0-9]{2}$' }),
  at: CivilDate,
  takeUp: Type.Number({
    minimum: 0,
    maximum: 1,
    description: 'share of the uncovered eligible who join (0..1)',
  }),
};
const RefBody = Type.Object(Ref, { additionalProperties: false });
const SimulateBody = Type.Object({ ...Ref, ...Common }, { additionalProperties: false });
const CompareBody = Type.Object(
  { a: RefBody, b: RefBody, ...Common },
  { additionalProperties: false },
);
const EitherBody = Type.Object(
  { ...Ref, a: Type.Optional(RefBody), b: Type.Optional(RefBody), ...Common },
  { additionalProperties: false },
);

/** Exactly one of a draft and a stored policy. */
export function refOf(body: Static<typeof RefBody>): PolicyRef {
  if ((body.policy === undefined) === (body.policyId === undefined))
    throw policyErrors.policyOrDraft();
  return body.policy ? { policy: policyInput(body.policy) } : { policyId: body.policyId! };
}

async function workbook(db: Db, actor: Actor, body: Static<typeof EitherBody>) {
  const { a, b, policy, policyId, ...r } = body;
  if (a && b) {
    const c = await compare(db, actor, { a: refOf(a), b: refOf(b) }, r);
    return simulationWorkbook([c.a, c.b], c.difference);
  }
  return simulationWorkbook([await simulate(db, actor, refOf({ policy, policyId }), r)]);
}

export function simulationRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/simulations',
      {
        config: { permission: 'coverage.read' },
        schema: {
          tags,
          summary: 'Simulate a support policy over a province (aggregates only; audited)',
          body: SimulateBody,
          response: errorResponses(400, 401, 403, 404, 422),
        },
      },
      async (request) => {
        const { policy, policyId, ...r } = request.body;
        return simulate(db, actorOf(request), refOf({ policy, policyId }), r);
      },
    );

    app.post(
      '/simulations/compare',
      {
        config: { permission: 'coverage.read' },
        schema: {
          tags,
          summary: 'Simulate two policies side by side, with the difference b − a',
          body: CompareBody,
          response: errorResponses(400, 401, 403, 404, 422),
        },
      },
      async (request) => {
        const { a, b, ...r } = request.body;
        return compare(db, actorOf(request), { a: refOf(a), b: refOf(b) }, r);
      },
    );

    app.post(
      '/simulations/xlsx',
      {
        config: { permission: 'coverage.read' },
        schema: {
          tags,
          summary:
            'A simulation (policy or policyId) or a comparison (a and b) as an XLSX workbook',
          body: EitherBody,
        },
      },
      async (request, reply) =>
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', 'attachment; filename="mo-phong-chinh-sach.xlsx"')
          .send(await workbook(db, actorOf(request), request.body)),
    );
  };
}
