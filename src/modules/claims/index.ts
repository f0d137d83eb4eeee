// Public face of the claims module. For now only minimal submissions (see submissions.service).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { actorOf } from '../../platform/http/context.js';
import { CivilDate, errorResponses, Limit, RowId } from '../../platform/http/schemas.js';
import { getClaim, listClaims, submitClaim } from './submissions.service.js';

const tags = ['claims'];
const Submission = Type.Object({
  id: Type.Integer(),
  facilityCode: Type.String(),
  cardNumber: Type.String(),
  admissionDate: Type.String(),
  totalAmount: Type.Integer(),
  submittedAt: Type.String(),
});

export function claimsRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/submissions',
      {
        config: { permission: 'claims.submit' },
        schema: {
          tags,
          summary: 'Submit a claim for your facility (minimal, until XML 130 files arrive)',
          body: Type.Object({
            facilityCode: Type.String({ pattern: '^[0-9]{5}$' }),
            cardNumber: Type.String({ pattern: '^[A-Z]{2}[0-9]{13}$' }),
            admissionDate: CivilDate,
            totalAmount: Type.Integer({ minimum: 0, maximum: 10 ** 12 }),
          }),
          response: { 201: Submission, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await submitClaim(db, actorOf(request), request.body)),
    );
    app.get(
      '/submissions',
      {
        config: { permission: 'claims.read' },
        schema: {
          tags,
          summary: "Your facility's claims, newest first",
          querystring: Type.Object({ limit: Limit }),
          response: {
            200: Type.Object({ items: Type.Array(Submission) }),
            ...errorResponses(401, 403),
          },
        },
      },
      async (request) => listClaims(db, actorOf(request), request.query.limit),
    );
    app.get(
      '/submissions/:id',
      {
        config: { permission: 'claims.read' },
        schema: {
          tags,
          params: Type.Object({ id: RowId }),
          response: { 200: Submission, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => getClaim(db, actorOf(request), request.params.id),
    );
  };
}
