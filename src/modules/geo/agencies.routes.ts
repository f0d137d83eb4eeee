// HTTP routes for VSS agencies and their jurisdictions.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { addDays, todayInVietnam } from '../../platform/dates.js';
import { actorOf } from '../../platform/http/context.js';
import { CivilDate, errorResponses } from '../../platform/http/schemas.js';
import type { AgencyRow, JurisdictionRow } from './agencies.repo.js';
import * as service from './agencies.service.js';
import { presentUnit } from './geo.presenter.js';
import { AtQuery, CodeParams, UnitCode } from './geo.schema.js';

const tags = ['geo: agencies'];
const AgencyCode = Type.String({ pattern: '^[0-9A-Z-]{2,20}$', examples: ['31', 'KV-XXIII'] });
const Period = {
  validFrom: CivilDate,
  validTo: Type.Union([CivilDate, Type.Null()], { description: 'first day no longer valid' }),
};

const Jurisdiction = Type.Object({
  unitCode: Type.String(),
  unitName: Type.String(),
  unitLevel: Type.String(),
  validFrom: Type.String(),
  validTo: Type.Union([Type.String(), Type.Null()]),
  legalRef: Type.String(),
});
const Agency = Type.Object({
  code: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  validFrom: Type.String(),
  validTo: Type.Union([Type.String(), Type.Null()]),
  validUntil: Type.Union([Type.String(), Type.Null()]),
  legalRef: Type.String(),
  source: Type.String(),
  jurisdictions: Type.Array(Jurisdiction),
});

function present(agency: AgencyRow, jurisdictions: JurisdictionRow[]) {
  return {
    code: agency.code,
    name: agency.name,
    kind: agency.kind,
    validFrom: agency.valid_from,
    validTo: agency.valid_to,
    validUntil: agency.valid_to ? addDays(agency.valid_to, -1) : null,
    legalRef: agency.legal_ref,
    source: agency.source,
    jurisdictions: jurisdictions.map((j) => ({
      unitCode: j.unit_code,
      unitName: j.unit_name,
      unitLevel: j.unit_level,
      validFrom: j.valid_from,
      validTo: j.valid_to,
      legalRef: j.legal_ref,
    })),
  };
}

export function agencyRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/agencies',
      {
        config: { permission: 'geo.read' },
        schema: {
          tags,
          summary: 'VSS agencies valid at a date',
          querystring: AtQuery,
          response: { 200: Type.Object({ items: Type.Array(Agency) }), ...errorResponses(400) },
        },
      },
      async (request) => {
        const list = await service.listAgencies(db, request.query.at ?? todayInVietnam());
        return { items: list.map((a) => present(a.agency, a.jurisdictions)) };
      },
    );

    app.get(
      '/units/:code/agency',
      {
        config: { permission: 'geo.read' },
        schema: {
          tags,
          summary: 'The VSS agency that answers for a unit at a date',
          params: CodeParams,
          querystring: AtQuery,
          response: {
            200: Type.Object({
              unit: Type.Ref('AdminUnit'),
              through: Type.Ref('AdminUnit'),
              agency: Agency,
            }),
            ...errorResponses(400, 404),
          },
        },
      },
      async (request) => {
        const r = await service.agencyForUnit(
          db,
          request.params.code,
          request.query.at ?? todayInVietnam(),
        );
        return {
          unit: presentUnit(r.unit),
          through: presentUnit(r.through),
          agency: present(r.agency, [r.jurisdiction]),
        };
      },
    );

    app.post(
      '/agencies',
      {
        config: { permission: 'geo.write' },
        schema: {
          tags,
          summary: 'Add an agency (e.g. a regional agency of Decision 391/QĐ-BTC)',
          body: Type.Object({
            code: AgencyCode,
            name: Type.String({ minLength: 3, maxLength: 200 }),
            kind: Type.Union([
              Type.Literal('national'),
              Type.Literal('provincial'),
              Type.Literal('regional'),
              Type.Literal('grassroots'),
            ]),
            ...Period,
            legalRef: Type.String({ minLength: 3, maxLength: 300 }),
            source: Type.String({ minLength: 3, maxLength: 300 }),
          }),
          response: { 201: Agency, ...errorResponses(400, 409) },
        },
      },
      async (request, reply) => {
        const agency = await service.createAgency(db, actorOf(request), request.body);
        return reply.status(201).send(present(agency, []));
      },
    );

    app.post(
      '/agencies/:agencyCode/jurisdictions',
      {
        config: { permission: 'geo.write' },
        schema: {
          tags,
          summary: 'Give an agency jurisdiction over a unit for a period',
          params: Type.Object({ agencyCode: AgencyCode }),
          body: Type.Object({
            unitCode: UnitCode,
            ...Period,
            legalRef: Type.String({ minLength: 3, maxLength: 300 }),
          }),
          response: { 201: Agency, ...errorResponses(400, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        await service.addJurisdiction(
          db,
          actorOf(request),
          request.params.agencyCode,
          request.body,
        );
        const saved = await service.getAgency(
          db,
          request.params.agencyCode,
          request.body.validFrom,
        );
        return reply.status(201).send(present(saved.agency, saved.jurisdictions));
      },
    );
  };
}
