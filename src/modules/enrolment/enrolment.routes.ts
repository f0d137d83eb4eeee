// Enrolment routes: participant groups, coverage periods, a person's timeline, HI cards.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { todayInVietnam } from '../../platform/dates.js';
import { actorOf } from '../../platform/http/context.js';
import { CivilDate, errorResponses, RowId } from '../../platform/http/schemas.js';
import { issueCard, renewCard, revokeCard } from './cards.service.js';
import { addPeriod, endPeriod, timeline } from './coverage.service.js';
import { groupsAt } from './groups.repo.js';

const tags = ['enrolment'];

const FacilityCode = Type.String({ pattern: '^[0-9]{5}$' });
const TaxCode = Type.String({ pattern: '^[0-9]{10}(-[0-9]{3})?$' });
const lit = <T extends string>(...values: T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export function enrolmentRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/groups',
      {
        config: { permission: 'authenticated' },
        schema: {
          tags,
          summary: 'Participant group codes with benefit levels valid at a date',
          querystring: Type.Object({ at: Type.Optional(CivilDate) }),
        },
      },
      async (request) => {
        const rows = await groupsAt(db, request.query.at ?? todayInVietnam());
        return rows.map((g) => ({
          code: g.code,
          benefitLevel: g.benefit_level,
          premiumPayer: g.premium_payer,
          labelVi: g.label_vi,
          labelEn: g.label_en,
          validFrom: g.valid_from,
          validTo: g.valid_to,
          legalRef: g.legal_ref,
        }));
      },
    );

    app.get(
      '/persons/:id/timeline',
      {
        config: { permission: 'registry.read' },
        schema: {
          tags,
          summary: "A person's coverage periods and cards, newest first",
          params: Type.Object({ id: RowId }),
          response: {
            200: Type.Object({
              periods: Type.Array(Type.Ref('CoveragePeriod')),
              cards: Type.Array(Type.Ref('HiCard')),
            }),
            ...errorResponses(401, 403, 404),
          },
        },
      },
      async (request) => timeline(db, actorOf(request), request.params.id),
    );

    app.post(
      '/persons/:id/coverage-periods',
      {
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: 'Add a coverage period (no overlap with the same scheme)',
          params: Type.Object({ id: RowId }),
          body: Type.Object({
            scheme: lit('si_compulsory', 'si_voluntary', 'hi', 'ui', 'oa_od'),
            groupCode: Type.String({ pattern: '^[A-Z]{2}$' }),
            payer: lit('employer', 'state_budget', 'local_budget', 'household', 'self', 'si_fund'),
            employerTaxCode: Type.Optional(TaxCode),
            contributionSalary: Type.Optional(Type.Integer({ minimum: 1 })),
            validFrom: CivilDate,
            validTo: Type.Optional(CivilDate),
          }),
          response: { 201: Type.Ref('CoveragePeriod'), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addPeriod(db, actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/coverage-periods/:id/end',
      {
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: 'End a coverage period on a date (exclusive)',
          params: Type.Object({ id: RowId }),
          body: Type.Object({ validTo: CivilDate }),
          response: { 200: Type.Ref('CoveragePeriod'), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => endPeriod(db, actorOf(request), request.params.id, request.body.validTo),
    );

    app.post(
      '/persons/:id/cards',
      {
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: 'Issue an HI card for the health-insurance period covering the start date',
          params: Type.Object({ id: RowId }),
          body: Type.Object({
            facilityCode: FacilityCode,
            validFrom: CivilDate,
            validTo: Type.Optional(CivilDate),
          }),
          response: { 201: Type.Ref('HiCard'), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await issueCard(db, actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/cards/:id/renew',
      {
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: 'Renew a card: a new card from the day it ends',
          params: Type.Object({ id: RowId }),
          body: Type.Object({
            facilityCode: Type.Optional(FacilityCode),
            validTo: Type.Optional(CivilDate),
          }),
          response: { 201: Type.Ref('HiCard'), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await renewCard(db, actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/cards/:id/revoke',
      {
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: 'Revoke a card (thu hồi thẻ)',
          params: Type.Object({ id: RowId }),
          body: Type.Object({ reason: Type.String({ minLength: 3, maxLength: 300 }) }),
          response: { 200: Type.Ref('HiCard'), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => revokeCard(db, actorOf(request), request.params.id, request.body.reason),
    );
  };
}
