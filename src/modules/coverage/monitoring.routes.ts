// Monitoring routes under /api/v1/coverage: aggregates only, so any locality under coverage.read.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { SummarySchema } from './monitoring.presenter.js';
import { localitySummary } from './monitoring.service.js';
import { SCHEMES } from './targets.rules.js';

const tags = ['coverage: monitoring'];

export function monitoringRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/localities/:code/summary',
      {
        config: { permission: 'coverage.read' },
        schema: {
          tags,
          summary:
            "A locality's participants (end-of-month facts), denominator, rate and gap to target on a date",
          params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 10 }) }),
          querystring: Type.Object({
            at: Type.String({ format: 'date' }),
            scheme: Type.Union(SCHEMES.map((s) => Type.Literal(s))),
          }),
          response: { 200: SummarySchema, ...errorResponses(400, 401, 403, 422) },
        },
      },
      async (request) => localitySummary(db, { code: request.params.code, ...request.query }),
    );
  };
}
