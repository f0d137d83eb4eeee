// HTTP routes for succession: map an old unit to today's units, list what a new unit absorbed,
// re-aggregate counts, correct shares, and list gaps in the published mapping.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { todayInVietnam } from '../../platform/dates.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { presentShare, presentUnit } from './geo.presenter.js';
import { decimalToShare, shareToDecimal } from './geo.shares.js';
import {
  CodeParams,
  PredecessorsQuery,
  ReaggregationBody,
  ShareItem,
  SuccessorsBody,
  SuccessorsQuery,
} from './geo.schema.js';
import { replaceSuccessors, successionGaps } from './succession.edit.js';
import * as service from './succession.service.js';
import { REFORM_DATE } from './seed/dates.js';

const tags = ['geo'];
const BEFORE_REFORM = '2025-06-30';
const CountedUnit = Type.Object({ unit: Type.Ref('AdminUnit'), count: Type.Integer() });

export function successionRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/units/:code/successors',
      {
        config: { permission: 'geo.read' },
        schema: {
          tags,
          summary: 'Where a unit went: the units valid at `to` (default today), with shares',
          description: `\`at\` dates the code (default ${BEFORE_REFORM}, the last day before the 2025 reform).`,
          params: CodeParams,
          querystring: SuccessorsQuery,
          response: {
            200: Type.Object({
              unit: Type.Ref('AdminUnit'),
              to: Type.String(),
              items: Type.Array(ShareItem),
              unallocatedShare: Type.String(),
            }),
            ...errorResponses(400, 404),
          },
        },
      },
      async (request) => {
        const { at = BEFORE_REFORM, to = todayInVietnam() } = request.query;
        const result = await service.successorsOf(db, request.params.code, at, to);
        return {
          unit: presentUnit(result.unit),
          to: result.to,
          items: result.items.map((i) => presentShare(i.unit, i.shareNano, i.edge)),
          unallocatedShare: shareToDecimal(result.lostNano),
        };
      },
    );

    app.get(
      '/units/:code/predecessors',
      {
        config: { permission: 'geo.read' },
        schema: {
          tags,
          summary: 'The units this one absorbed (same level unless `level` is given)',
          params: CodeParams,
          querystring: PredecessorsQuery,
          response: {
            200: Type.Object({ unit: Type.Ref('AdminUnit'), items: Type.Array(ShareItem) }),
            ...errorResponses(400, 404),
          },
        },
      },
      async (request) => {
        const { at = todayInVietnam(), level } = request.query;
        const result = await service.predecessorsOf(db, request.params.code, at, level);
        return {
          unit: presentUnit(result.unit),
          items: result.items.map((i) =>
            presentShare(i.unit, decimalToShare(i.edge.share), {
              method: i.edge.share_method,
              note: i.edge.share_note,
            }),
          ),
        };
      },
    );

    app.put(
      '/units/:code/successors',
      {
        config: { permission: 'geo.write', scope: 'national' },
        schema: {
          tags,
          summary: 'Replace the successors of a superseded unit (shares must sum to exactly 1)',
          params: CodeParams,
          querystring: Type.Object({ at: Type.Optional(SuccessorsQuery.properties.at) }),
          body: SuccessorsBody,
          response: {
            200: Type.Object({ unit: Type.Ref('AdminUnit'), items: Type.Array(ShareItem) }),
            ...errorResponses(400, 404, 422),
          },
        },
      },
      async (request) => {
        const at = request.query.at ?? BEFORE_REFORM;
        const unit = await replaceSuccessors(
          db,
          actorOf(request),
          request.params.code,
          at,
          request.body.successors,
        );
        const result = await service.successorsOf(db, unit.code, at, unit.valid_to ?? REFORM_DATE);
        return {
          unit: presentUnit(unit),
          items: result.items.map((i) => presentShare(i.unit, i.shareNano, i.edge)),
        };
      },
    );

    app.post(
      '/reaggregations',
      {
        config: { permission: 'geo.read' },
        schema: {
          tags,
          summary: 'Re-aggregate counts kept on units valid at `from` onto units valid at `to`',
          description:
            'Largest-remainder rounding: totals are conserved exactly; counts on units without successors are returned as unallocated.',
          body: ReaggregationBody,
          response: {
            200: Type.Object({
              from: Type.String(),
              to: Type.String(),
              totalIn: Type.Integer(),
              totalOut: Type.Integer(),
              totalUnallocated: Type.Integer(),
              items: Type.Array(CountedUnit),
              unallocated: Type.Array(CountedUnit),
            }),
            ...errorResponses(400, 404),
          },
        },
      },
      async (request) => {
        const { from, to = todayInVietnam(), items } = request.body;
        const r = await service.reaggregateCounts(db, items, from, to);
        const present = (list: typeof r.items) =>
          list.map((i) => ({ unit: presentUnit(i.unit), count: i.count }));
        return { ...r, items: present(r.items), unallocated: present(r.unallocated) };
      },
    );

    app.get(
      '/succession-gaps',
      {
        config: { permission: 'geo.read' },
        schema: {
          tags,
          summary: 'Superseded units without successors and new units without predecessors',
        },
      },
      async () => {
        const gaps = await successionGaps(db);
        const shape = (rows: typeof gaps.withoutSuccessor) =>
          rows.map((r) => ({
            level: r.level,
            code: r.code,
            name: r.name,
            validFrom: r.valid_from,
            validTo: r.valid_to,
          }));
        return {
          withoutSuccessor: shape(gaps.withoutSuccessor),
          withoutPredecessor: shape(gaps.withoutPredecessor),
        };
      },
    );
  };
}
