// The audit module: searching the append-only audit trail (written by platform/audit.ts in the
// same transaction as each change). Reading it needs audit.read, nationwide.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { CivilDate, errorResponses, Limit, page } from '../../platform/http/schemas.js';
import { searchAudit } from './audit.repo.js';

const Text = Type.Optional(Type.String({ minLength: 1, maxLength: 100 }));
const Event = Type.Object({
  id: Type.Integer(),
  occurredAt: Type.String(),
  actor: Type.String(),
  actorKind: Type.String(),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  changes: Type.Unknown(),
});

export function auditRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/events',
      {
        // events span every province: a scoped holder would see other areas' activity
        config: { permission: 'audit.read', scope: 'national' },
        schema: {
          tags: ['audit'],
          summary: 'Search audit events by actor, action, entity and date (newest first)',
          querystring: Type.Object({
            actor: Text,
            action: Text,
            entity: Text,
            entityId: Text,
            from: Type.Optional(CivilDate),
            to: Type.Optional(CivilDate),
            limit: Limit,
            cursor: Type.Optional(Type.Integer({ minimum: 1 })),
          }),
          response: { 200: page(Event), ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const { cursor, ...filter } = request.query;
        const rows = await searchAudit(db, {
          ...filter,
          beforeId: cursor,
          limit: filter.limit + 1,
        });
        const items = rows.slice(0, filter.limit).map((r) => ({
          id: r.id,
          occurredAt: r.occurred_at.toISOString(),
          actor: r.actor,
          actorKind: r.actor_kind,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          requestId: r.request_id,
          ip: r.ip,
          changes: r.changes,
        }));
        const nextCursor = rows.length > filter.limit ? String(items.at(-1)!.id) : null;
        return { items, nextCursor };
      },
    );
  };
}
