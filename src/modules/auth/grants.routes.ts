// Roles and permissions (read), role assignments and API tokens (admin.users).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { actorOf } from '../../platform/http/context.js';
import { CivilDate, errorResponses, RowId } from '../../platform/http/schemas.js';
import { addAssignment, removeAssignment } from './assignments.service.js';
import { listPermissions, listRoles } from './roles.service.js';
import { createToken, listTokens, revokeToken } from './tokens.service.js';
import { IdParams } from './users.routes.js';

const tags = ['auth'];
const permission = 'admin.users';

const Token = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  prefix: Type.String(),
  expiresOn: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});
const Scope = Type.Object({
  kind: Type.Union(['national', 'unit', 'facility', 'employer'].map((k) => Type.Literal(k))),
  unitCode: Type.Optional(Type.String({ pattern: '^[0-9A-Z]{2,5}$' })),
  unitAt: Type.Optional(CivilDate),
  facilityCode: Type.Optional(Type.String({ pattern: '^[0-9]{5}$' })),
  employerTaxCode: Type.Optional(Type.String({ pattern: '^([0-9]{10}([0-9]{3})?|[0-9]{12})$' })),
});

export function grantRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/roles',
      {
        config: { permission, scope: 'national' },
        schema: { tags, summary: 'Roles and their permissions' },
      },
      async () => ({ items: await listRoles(db) }),
    );
    app.get(
      '/permissions',
      {
        config: { permission, scope: 'national' },
        schema: { tags, summary: 'The permission catalogue' },
      },
      async () => ({ items: await listPermissions(db) }),
    );

    app.post(
      '/users/:id/assignments',
      {
        config: { permission, scope: 'national' },
        schema: {
          tags,
          summary: 'Give a user a role in a scope (national, org unit, facility, employer)',
          params: IdParams,
          body: Type.Object({
            roleCode: Type.String({ maxLength: 40 }),
            scope: Scope,
            validFrom: Type.Optional(CivilDate),
            validTo: Type.Optional(Type.Union([CivilDate, Type.Null()])),
          }),
          response: { 201: Type.Ref('RoleAssignment'), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const body = request.body as Parameters<typeof addAssignment>[3];
        const saved = await addAssignment(db, actorOf(request), request.params.id, body);
        return reply.status(201).send(saved);
      },
    );

    app.delete(
      '/users/:id/assignments/:assignmentId',
      {
        config: { permission, scope: 'national' },
        schema: {
          tags,
          params: Type.Object({ id: RowId, assignmentId: RowId }),
          response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const { id, assignmentId } = request.params;
        await removeAssignment(db, actorOf(request), id, assignmentId);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/users/:id/tokens',
      {
        config: { permission, scope: 'national' },
        schema: {
          tags,
          params: IdParams,
          response: { 200: Type.Object({ items: Type.Array(Token) }) },
        },
      },
      async (request) => ({ items: await listTokens(db, actorOf(request), request.params.id) }),
    );

    app.post(
      '/users/:id/tokens',
      {
        config: { permission, scope: 'national' },
        schema: {
          tags,
          summary: 'Issue an API token for a machine client; the token is shown only in this reply',
          params: IdParams,
          body: Type.Object({
            name: Type.String({ minLength: 3, maxLength: 100 }),
            expiresOn: CivilDate,
          }),
          response: {
            201: Type.Intersect([Token, Type.Object({ token: Type.String() })]),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const created = await createToken(db, actorOf(request), request.params.id, request.body);
        return reply.status(201).send(created);
      },
    );

    app.delete(
      '/tokens/:tokenId',
      {
        config: { permission, scope: 'national' },
        schema: {
          tags,
          summary: 'Revoke an API token',
          params: Type.Object({ tokenId: RowId }),
          response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await revokeToken(db, actorOf(request), request.params.tokenId);
        return reply.status(204).send(null);
      },
    );
  };
}
