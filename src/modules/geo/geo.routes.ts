// HTTP routes for reading units: list/search at a date, resolve a code, children, versions.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { todayInVietnam } from '../../platform/dates.js';
import { errorResponses, page } from '../../platform/http/schemas.js';
import { presentUnit } from './geo.presenter.js';
import { AtQuery, CodeParams, ListUnitsQuery, TreeNodeSchema, TreeQuery } from './geo.schema.js';
import * as service from './geo.service.js';
import { treeAt } from './geo.tree.js';

const tags = ['geo'];

export function unitRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/units',
      {
        config: { permission: 'geo.read' },
        schema: {
          tags,
          summary: 'Units valid at a date; filter by level or parent, search by name',
          querystring: ListUnitsQuery,
          response: { 200: page(Type.Ref('AdminUnit')), ...errorResponses(400, 404) },
        },
      },
      async (request) => {
        const q = request.query;
        const result = await service.listUnits(db, {
          at: q.at ?? todayInVietnam(),
          limit: q.limit ?? 50,
          ...(q.level ? { level: q.level } : {}),
          ...(q.parentCode ? { parentCode: q.parentCode } : {}),
          ...(q.q ? { q: q.q } : {}),
          ...(q.cursor ? { cursor: q.cursor } : {}),
        });
        return {
          items: result.items.map((i) => presentUnit(i.row, i.parent, i.childCount)),
          nextCursor: result.nextCursor,
        };
      },
    );

    app.get(
      '/units/:code',
      {
        config: { permission: 'geo.read' },
        schema: {
          tags,
          summary: 'The unit a code names at a date, with its ancestors',
          params: CodeParams,
          querystring: AtQuery,
          response: {
            200: Type.Object({
              unit: Type.Ref('AdminUnit'),
              ancestors: Type.Array(Type.Ref('AdminUnit')),
            }),
            ...errorResponses(400, 404),
          },
        },
      },
      async (request) => {
        const at = request.query.at ?? todayInVietnam();
        const unit = await service.resolveUnit(db, request.params.code, at);
        const [, ...ancestors] = await service.unitAncestry(db, unit);
        const childCount = await service.childCount(db, unit, at);
        return {
          unit: presentUnit(unit, ancestors[0], childCount),
          ancestors: ancestors.map((a) => presentUnit(a)),
        };
      },
    );

    app.get(
      '/units/:code/versions',
      {
        config: { permission: 'geo.read' },
        schema: {
          tags,
          summary: 'Every unit that has carried this code, with its validity',
          params: CodeParams,
          response: {
            200: Type.Object({ items: Type.Array(Type.Ref('AdminUnit')) }),
            ...errorResponses(400, 404),
          },
        },
      },
      async (request) => {
        const versions = await service.unitVersions(db, request.params.code);
        return { items: versions.map((v) => presentUnit(v)) };
      },
    );

    app.get(
      '/tree',
      {
        config: { permission: 'geo.read' },
        schema: {
          tags,
          summary: 'The hierarchy at a date below a root (default the country), up to 3 levels',
          querystring: TreeQuery,
          response: {
            200: Type.Object({ root: Type.Ref('AdminUnit'), children: Type.Array(TreeNodeSchema) }),
            ...errorResponses(400, 404),
          },
        },
      },
      async (request) => {
        const { at = todayInVietnam(), root = 'VN', depth = 1 } = request.query;
        const tree = await treeAt(db, at, root, depth);
        return { root: presentUnit(tree.root), children: tree.children };
      },
    );
  };
}
