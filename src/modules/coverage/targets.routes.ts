// Target routes under /api/v1/coverage: reads under coverage.read for any locality (targets are
// aggregates, not personal data); writes under targets.write within the caller's reach.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses, RowId } from '../../platform/http/schemas.js';
import { importTargetFile } from './imports.service.js';
import { fileOf, IMPORT_BYTES, XLSX } from './imports.upload.js';
import { getPlans, setPlans } from './plans.service.js';
import { PlanSchema, TargetSchema } from './targets.presenter.js';
import { DENOMINATOR_KINDS, MEASURES, SCHEMES } from './targets.rules.js';
import { createTarget, listTargets, updateTarget } from './targets.service.js';

const tags = ['coverage: targets'];
const literals = <T extends string>(all: readonly T[]) =>
  Type.Union(all.map((v) => Type.Literal(v)));
const Year = Type.Integer({ minimum: 1990, maximum: 2100 });
const Value = Type.Union([Type.Number(), Type.String({ pattern: '^-?\\d{1,12}(\\.\\d{1,4})?$' })]);
const GroupCode = Type.Union([Type.String({ pattern: '^[a-z0-9_]{1,40}$' }), Type.Null()]);
const Source = Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' });

const Editable = {
  groupCode: GroupCode,
  measure: literals(MEASURES),
  value: Value,
  denominatorKind: literals(DENOMINATOR_KINDS),
  source: Source,
};
const NewTarget = Type.Object(
  {
    localityCode: Type.String({ minLength: 1, maxLength: 10 }),
    scheme: literals(SCHEMES),
    year: Year,
    ...Editable,
    groupCode: Type.Optional(GroupCode),
  },
  { additionalProperties: false },
);

export function targetRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    // in this plugin only: an imported file reaches the handler as bytes (CSV or XLSX)
    app.removeContentTypeParser('text/csv');
    app.addContentTypeParser(['text/csv', XLSX], { parseAs: 'buffer' }, (_r, body, done) =>
      done(null, body),
    );
    app.get(
      '/targets',
      {
        config: { permission: 'coverage.read' },
        schema: {
          tags,
          summary: 'Coverage targets by locality code, year and scheme',
          querystring: Type.Object({
            locality: Type.Optional(Type.String({ minLength: 1, maxLength: 10 })),
            year: Type.Optional(Year),
            scheme: Type.Optional(literals(SCHEMES)),
          }),
          response: {
            200: Type.Object({ items: Type.Array(TargetSchema) }),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => listTargets(db, request.query),
    );

    app.post(
      '/targets',
      {
        config: { permission: 'targets.write' },
        schema: {
          tags,
          summary:
            'Set a target of a locality (the unit its code named in the year: on 1 January, else 31 December); audited',
          body: NewTarget,
          response: { 201: TargetSchema, ...errorResponses(400, 401, 403, 409, 422) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createTarget(db, actorOf(request), {
            ...request.body,
            groupCode: request.body.groupCode ?? null,
          }),
        ),
    );

    app.patch(
      '/targets/:id',
      {
        config: { permission: 'targets.write' },
        schema: {
          tags,
          summary: "Edit a target's value, measure, group, denominator kind or source; audited",
          params: Type.Object({ id: RowId }),
          body: Type.Partial(Type.Object(Editable), {
            additionalProperties: false,
            minProperties: 1,
          }),
          response: { 200: TargetSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => updateTarget(db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/target-imports',
      {
        config: { permission: 'targets.write' },
        bodyLimit: IMPORT_BYTES,
        schema: {
          tags,
          summary: 'Import targets from a CSV or XLSX file (all rows or none); audited',
          description:
            'Columns as data/reference/targets_seed.csv: locality_kind,locality,scheme,measure,year,target_percent,denominator_kind,source[,group_code] (or their Vietnamese names: Cấp, Địa phương, Loại hình, Loại chỉ tiêu, Năm, Giá trị, Mẫu số, Nguồn, Mã nhóm). ' +
            `Send the file as the body: text/csv (UTF-8), or ${XLSX} (the first worksheet, header in row 1; errors name spreadsheet rows).`,
          consumes: ['text/csv', XLSX],
          body: Type.Unknown({ description: 'the CSV text or the XLSX workbook' }),
          response: {
            200: Type.Object({ rows: Type.Integer(), inserted: Type.Integer() }),
            ...errorResponses(400, 401, 403, 413, 415),
          },
        },
      },
      async (request) => {
        const file = fileOf(request.headers['content-type'], request.body);
        return importTargetFile(db, actorOf(request), file.data, file.format);
      },
    );

    app.get(
      '/targets/:id/plans',
      {
        config: { permission: 'coverage.read' },
        schema: {
          tags,
          summary: "A target's monthly and weekly plans (cumulative values per period)",
          params: Type.Object({ id: RowId }),
          response: {
            200: Type.Object({ items: Type.Array(PlanSchema) }),
            ...errorResponses(401, 404),
          },
        },
      },
      async (request) => getPlans(db, request.params.id),
    );

    app.post(
      '/targets/:id/plans',
      {
        config: { permission: 'targets.write' },
        schema: {
          tags,
          summary:
            "Break the year's target into cumulative monthly or weekly values (replaces that plan); audited",
          params: Type.Object({ id: RowId }),
          body: Type.Object(
            {
              periodKind: Type.Union([Type.Literal('month'), Type.Literal('week')]),
              startValue: Type.Optional(Type.Number({ minimum: 0 })),
              weights: Type.Optional(
                Type.Array(Type.Number({ minimum: 0 }), { minItems: 1, maxItems: 53 }),
              ),
            },
            { additionalProperties: false },
          ),
          response: { 200: PlanSchema, ...errorResponses(400, 401, 403, 404, 422) },
        },
      },
      async (request) => setPlans(db, actorOf(request), request.params.id, request.body),
    );
  };
}
