// User administration routes (admin.users, national scope).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses, Limit, page, RowId } from '../../platform/http/schemas.js';
import * as users from './users.service.js';

const tags = ['auth'];
const permission = 'admin.users';
export const IdParams = Type.Object({ id: RowId });
const Username = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$' });
const DisplayName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Status = Type.Union([Type.Literal('active'), Type.Literal('disabled')]);
const Password = Type.String({ minLength: 1, maxLength: 200 });
const userReply = (...errors: number[]) => ({
  200: Type.Ref('User'),
  ...errorResponses(400, 401, 403, ...errors),
});

export function userRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/users',
      {
        config: { permission, scope: 'national' },
        schema: {
          tags,
          summary: 'Users, by username, with their roles and scopes',
          querystring: Type.Object({
            q: Type.Optional(Type.String({ maxLength: 100 })),
            status: Type.Optional(Status),
            limit: Limit,
            cursor: Type.Optional(Type.String({ maxLength: 100 })),
          }),
          response: { 200: page(Type.Ref('User')), ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const { q, status, limit, cursor } = request.query;
        return users.listUsers(db, actorOf(request), {
          limit,
          ...(q ? { q } : {}),
          ...(status ? { status } : {}),
          ...(cursor ? { afterUsername: cursor } : {}),
        });
      },
    );

    app.post(
      '/users',
      {
        config: { permission, scope: 'national' },
        schema: {
          tags,
          summary: 'Create a user (must change the password at first sign-in)',
          body: Type.Object({ username: Username, displayName: DisplayName, password: Password }),
          response: { 201: Type.Ref('User'), ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const user = await users.createUser(db, actorOf(request), request.body);
        return reply.status(201).send(user);
      },
    );

    app.get(
      '/users/:id',
      {
        config: { permission, scope: 'national' },
        schema: { tags, params: IdParams, response: userReply(404) },
      },
      async (request) => {
        users.requireUserAdmin(actorOf(request));
        return users.getUser(db, request.params.id);
      },
    );

    app.patch(
      '/users/:id',
      {
        config: { permission, scope: 'national' },
        schema: {
          tags,
          summary: 'Rename, disable (signs the user out) or re-enable a user',
          params: IdParams,
          body: Type.Object({
            displayName: Type.Optional(DisplayName),
            status: Type.Optional(Status),
          }),
          response: userReply(404, 422),
        },
      },
      async (request) => users.updateUser(db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/users/:id/password-reset',
      {
        config: { permission, scope: 'national' },
        schema: {
          tags,
          summary: 'Set a temporary password; unlocks the account and signs it out',
          params: IdParams,
          body: Type.Object({ newPassword: Password }),
          response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        await users.resetPassword(
          db,
          actorOf(request),
          request.params.id,
          request.body.newPassword,
        );
        return reply.status(204).send(null);
      },
    );
  };
}
