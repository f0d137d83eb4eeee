// HTTP routes that add, end, correct or remove agencies and jurisdictions (audited).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { todayInVietnam } from '../../platform/dates.js';
import { actorOf } from '../../platform/http/context.js';
import { CivilDate, errorResponses, RowId } from '../../platform/http/schemas.js';
import * as edit from './agencies.edit.js';
import { AgencyCode, agencyTags as tags, EndDate, presentAgency } from './agencies.presenter.js';
import { getAgency } from './agencies.service.js';
import { UnitCode } from './geo.schema.js';

const Text = (max: number) => Type.String({ minLength: 3, maxLength: max });
const Kind = Type.Union(
  ['national', 'provincial', 'regional', 'grassroots'].map((k) => Type.Literal(k)),
);
const AgencyParams = Type.Object({ agencyCode: AgencyCode });
const IdParams = Type.Object({ id: RowId });
const agencyReply = { 200: Type.Ref('VssAgency'), ...errorResponses(400, 404, 409, 422) };

export function agencyWriteRoutes(db: Db): FastifyPluginAsyncTypebox {
  const withJurisdictions = async (code: string, at: string) => {
    const saved = await getAgency(db, code, at);
    return presentAgency(saved.agency, saved.jurisdictions);
  };
  return async (app) => {
    app.post(
      '/agencies',
      {
        config: { permission: 'geo.write', scope: 'national' },
        schema: {
          tags,
          summary: 'Add an agency (e.g. a regional agency of Decision 391/QĐ-BTC)',
          body: Type.Object({
            code: AgencyCode,
            name: Text(200),
            kind: Kind,
            validFrom: CivilDate,
            validTo: EndDate,
            legalRef: Text(300),
            source: Text(300),
          }),
          response: { 201: Type.Ref('VssAgency'), ...errorResponses(400, 409) },
        },
      },
      async (request, reply) => {
        const agency = await edit.createAgency(db, actorOf(request), {
          ...request.body,
          kind: request.body.kind as edit.AgencyInput['kind'],
        });
        return reply.status(201).send(presentAgency(agency, []));
      },
    );

    app.patch(
      '/agencies/:agencyCode',
      {
        config: { permission: 'geo.write', scope: 'national' },
        schema: {
          tags,
          summary: 'Correct or end the agency valid at `at` (its jurisdictions must end first)',
          params: AgencyParams,
          querystring: Type.Object({ at: Type.Optional(CivilDate) }),
          body: Type.Object(
            {
              name: Type.Optional(Text(200)),
              validTo: Type.Optional(EndDate),
              legalRef: Type.Optional(Text(300)),
              source: Type.Optional(Text(300)),
            },
            { minProperties: 1 },
          ),
          response: agencyReply,
        },
      },
      async (request) => {
        const at = request.query.at ?? todayInVietnam();
        const r = await edit.updateAgency(
          db,
          actorOf(request),
          request.params.agencyCode,
          at,
          request.body,
        );
        return presentAgency(r.agency, r.jurisdictions);
      },
    );

    app.post(
      '/agencies/:agencyCode/jurisdictions',
      {
        config: { permission: 'geo.write', scope: 'national' },
        schema: {
          tags,
          summary: 'Give an agency jurisdiction over a unit (and its subtree) for a period',
          params: AgencyParams,
          body: Type.Object({
            unitCode: UnitCode,
            validFrom: CivilDate,
            validTo: EndDate,
            legalRef: Text(300),
          }),
          response: { 201: Type.Ref('VssAgency'), ...errorResponses(400, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        await edit.addJurisdiction(db, actorOf(request), request.params.agencyCode, request.body);
        return reply
          .status(201)
          .send(await withJurisdictions(request.params.agencyCode, request.body.validFrom));
      },
    );

    app.patch(
      '/jurisdictions/:id',
      {
        config: { permission: 'geo.write', scope: 'national' },
        schema: {
          tags,
          summary: 'End a jurisdiction (or correct its end and legal basis)',
          params: IdParams,
          body: Type.Object({ validTo: EndDate, legalRef: Type.Optional(Text(300)) }),
          response: agencyReply,
        },
      },
      async (request) => {
        const agency = await edit.updateJurisdiction(
          db,
          actorOf(request),
          request.params.id,
          request.body,
        );
        return withJurisdictions(agency.code, agency.valid_from);
      },
    );

    app.delete(
      '/jurisdictions/:id',
      {
        config: { permission: 'geo.write', scope: 'national' },
        schema: {
          tags,
          summary: 'Remove a jurisdiction recorded by mistake',
          params: IdParams,
          response: agencyReply,
        },
      },
      async (request) => {
        const agency = await edit.deleteJurisdiction(db, actorOf(request), request.params.id);
        return withJurisdictions(agency.code, agency.valid_from);
      },
    );
  };
}
