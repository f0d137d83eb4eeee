// HTTP routes for denominators: read a unit's figures (recorded and carried over from the
// units it absorbed), and import a CSV file of figures.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { todayInVietnam } from '../../platform/dates.js';
import { actorOf } from '../../platform/http/context.js';
import { CivilDate, errorResponses } from '../../platform/http/schemas.js';
import { DENOMINATOR_KINDS } from './denominators.rules.js';
import * as service from './denominators.service.js';
import { presentUnit } from './geo.presenter.js';
import { CodeParams } from './geo.schema.js';

const tags = ['geo: denominators'];
const Kind = Type.Union(DENOMINATOR_KINDS.map((k) => Type.Literal(k)));

const Recorded = Type.Object({
  year: Type.Integer(),
  kind: Type.String(),
  value: Type.Integer(),
  status: Type.String(),
  synthetic: Type.Boolean(),
  source: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]),
});
const Carried = Type.Object({
  year: Type.Integer(),
  kind: Type.String(),
  value: Type.Integer(),
  complete: Type.Boolean({ description: 'every absorbed unit had a figure for this year' }),
  from: Type.Array(Type.String()),
});

export function denominatorRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/units/:code/denominators',
      {
        config: { permission: 'geo.read' },
        schema: {
          tags,
          summary:
            'Population and labour force of a unit: as recorded, and re-aggregated from the units it absorbed',
          params: CodeParams,
          querystring: Type.Object({
            at: Type.Optional(CivilDate),
            year: Type.Optional(Type.Integer({ minimum: 1976, maximum: 2100 })),
            kind: Type.Optional(Kind),
          }),
          response: {
            200: Type.Object({
              unit: Type.Ref('AdminUnit'),
              recorded: Type.Array(Recorded),
              reaggregated: Type.Array(Carried),
            }),
            ...errorResponses(400, 404),
          },
        },
      },
      async (request) => {
        const { at = todayInVietnam(), year, kind } = request.query;
        const r = await service.denominatorsForUnit(db, {
          code: request.params.code,
          at,
          ...(year ? { year } : {}),
          ...(kind ? { kind } : {}),
        });
        return { unit: presentUnit(r.unit), recorded: r.recorded, reaggregated: r.reaggregated };
      },
    );

    app.post(
      '/denominator-imports',
      {
        config: { permission: 'geo.write', scope: 'national' },
        schema: {
          tags,
          summary: 'Import denominators from CSV (all rows or none)',
          description:
            'Columns: code,year,kind,value,source[,status,synthetic,note,valid_on]. `valid_on` dates the code (default YYYY-06-30 of `year`). Send as text/csv.',
          consumes: ['text/csv'],
          body: Type.String({ minLength: 1, maxLength: 20_000_000 }),
          response: {
            200: Type.Object({
              rows: Type.Integer(),
              inserted: Type.Integer(),
              updated: Type.Integer(),
            }),
            ...errorResponses(400),
          },
        },
      },
      async (request) => service.importDenominatorCsv(db, actorOf(request), request.body),
    );
  };
}
