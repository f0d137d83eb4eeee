// HTTP routes of the rule tables: read by any signed-in user (no personal data; the
// calculator page shows them), added and corrected nationwide by holders of policy.write.
// The body names every table's fields; rules.validate.ts checks those of the table in the path.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { actorOf } from '../../platform/http/context.js';
import { CivilDate, errorResponses, RowId } from '../../platform/http/schemas.js';
import { RULE_TABLE_PATHS } from './rules.catalogue.js';
import { createRule, listRules, patchRule } from './rules.service.js';

const tags = ['contributions'];
const TableParam = Type.String({
  pattern: '^[a-z-]{1,40}$',
  description: `one of ${RULE_TABLE_PATHS.join(', ')}`,
});
const Opt = Type.Optional;
const Text = Type.String({ maxLength: 1000 });
const Decimal = Type.String({ maxLength: 20, description: 'a percentage or number as text' });

/** Every table's own fields; which are required and allowed depends on the table. */
const ruleFields = {
  amount: Opt(Type.Integer({ description: 'VND per month' })),
  region: Opt(Type.Integer()),
  unitCode: Opt(Type.String({ maxLength: 5, description: 'wage-regions: province or commune' })),
  area: Opt(Type.String({ maxLength: 10 })),
  fund: Opt(Type.String({ maxLength: 40 })),
  party: Opt(Type.String({ maxLength: 20 })),
  variant: Opt(Type.String({ maxLength: 20 })),
  ratePercent: Opt(Decimal),
  key: Opt(Type.String({ maxLength: 60 })),
  value: Opt(Decimal),
  memberOrder: Opt(Type.Integer()),
  scheme: Opt(Type.String({ maxLength: 10 })),
  target: Opt(Type.String({ maxLength: 60 })),
  sharePercent: Opt(Decimal),
  maxMonths: Opt(Type.Union([Type.Integer(), Type.Null()])),
  legalRef: Opt(Text),
  confirmed: Opt(Type.Boolean()),
  note: Opt(Type.Union([Text, Type.Null()])),
  validTo: Opt(Type.Union([CivilDate, Type.Null()])),
};

export function rulesRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/rules/:table',
      {
        config: { permission: 'authenticated' },
        schema: {
          tags,
          summary: 'Rows of a rule table: all of them, or those valid at `at`',
          params: Type.Object({ table: TableParam }),
          querystring: Type.Object({ at: Opt(CivilDate) }),
          response: {
            200: Type.Object({ items: Type.Array(Type.Ref('ContributionRule')) }),
            ...errorResponses(400, 401),
          },
        },
      },
      async (request) => ({ items: await listRules(db, request.params.table, request.query.at) }),
    );

    app.post(
      '/rules/:table',
      {
        config: { permission: 'policy.write', scope: 'national' },
        schema: {
          tags,
          summary: 'Add a rule row (refused if it overlaps a row of the same key or leaves a gap)',
          params: Type.Object({ table: TableParam }),
          body: Type.Object({ ...ruleFields, validFrom: Opt(Type.String({ maxLength: 10 })) }),
          response: { 201: Type.Ref('ContributionRule'), ...errorResponses(400, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const row = await createRule(db, actorOf(request), request.params.table, request.body);
        return reply.status(201).send(row);
      },
    );

    app.patch(
      '/rules/:table/:id',
      {
        config: { permission: 'policy.write', scope: 'national' },
        schema: {
          tags,
          summary: 'Correct a rule row: its value, legal basis, confirmation, note or end',
          params: Type.Object({ table: TableParam, id: RowId }),
          body: Type.Object(ruleFields),
          response: { 200: Type.Ref('ContributionRule'), ...errorResponses(400, 403, 404, 409) },
        },
      },
      async (request) =>
        patchRule(db, actorOf(request), request.params.table, request.params.id, request.body),
    );
  };
}
