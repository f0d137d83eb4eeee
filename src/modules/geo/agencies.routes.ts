// HTTP routes for reading VSS agencies and finding the agency that answers for a unit.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { todayInVietnam } from '../../platform/dates.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { agencyTags as tags, presentAgency } from './agencies.presenter.js';
import * as service from './agencies.service.js';
import { presentUnit } from './geo.presenter.js';
import { AtQuery, CodeParams } from './geo.schema.js';

export function agencyRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/agencies',
      {
        config: { permission: 'geo.read' },
        schema: {
          tags,
          summary: 'VSS agencies valid at a date, with their jurisdictions then',
          querystring: AtQuery,
          response: {
            200: Type.Object({ items: Type.Array(Type.Ref('VssAgency')) }),
            ...errorResponses(400),
          },
        },
      },
      async (request) => {
        const list = await service.listAgencies(db, request.query.at ?? todayInVietnam());
        return { items: list.map((a) => presentAgency(a.agency, a.jurisdictions)) };
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
              agency: Type.Ref('VssAgency'),
            }),
            ...errorResponses(400, 404),
          },
        },
      },
      async (request) => {
        const at = request.query.at ?? todayInVietnam();
        const r = await service.agencyForUnit(db, request.params.code, at);
        return {
          unit: presentUnit(r.unit),
          through: presentUnit(r.through),
          agency: presentAgency(r.agency, [r.jurisdiction]),
        };
      },
    );
  };
}
