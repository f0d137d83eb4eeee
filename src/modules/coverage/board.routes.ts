// Board routes under /api/v1/coverage: the dashboard's and the report's figures. Aggregates
// only (no person), so any locality under coverage.read.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { BoardSchema, BreakdownSchema, GeographySchema } from './board.presenter.js';
import { localityBoard, localityBreakdown } from './board.service.js';
import { SCHEMES } from './targets.rules.js';

const tags = ['coverage: monitoring'];
const params = Type.Object({ code: Type.String({ minLength: 1, maxLength: 10 }) });
const querystring = Type.Object({
  at: Type.String({ format: 'date' }),
  scheme: Type.Union(SCHEMES.map((s) => Type.Literal(s))),
  geography: Type.Optional(GeographySchema),
});

export function boardRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/localities/:code/board',
      {
        config: { permission: 'coverage.read' },
        schema: {
          tags,
          summary:
            "A locality's board on a date: summary, children ranked with gaps, lists above/below target, monthly trend, year-end forecast",
          params,
          querystring,
          response: { 200: BoardSchema, ...errorResponses(400, 401, 403, 422) },
        },
      },
      async (request) => localityBoard(db, { code: request.params.code, ...request.query }),
    );
    app.get(
      '/localities/:code/breakdown',
      {
        config: { permission: 'coverage.read' },
        schema: {
          tags,
          summary: "A locality's participants at the end of a month by group, sex and age band",
          params,
          querystring,
          response: { 200: BreakdownSchema, ...errorResponses(400, 401, 403, 422) },
        },
      },
      async (request) => localityBreakdown(db, { code: request.params.code, ...request.query }),
    );
  };
}
