// Sign in, sign out, who am I, change my password.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { changePassword, logout, me } from './account.service.js';
import type { AuthSettings } from './auth.settings.js';
import { actorFor } from './access.js';
import { login } from './login.service.js';
import { digest } from './secrets.js';
import { CSRF_COOKIE, SESSION_COOKIE } from './principal.js';

const tags = ['auth'];
const Secret = Type.String({ minLength: 1, maxLength: 200 });

const Me = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  mustChangePassword: Type.Boolean(),
  permissions: Type.Array(Type.String()),
  assignments: Type.Array(Type.Ref('RoleAssignment')),
});

function cookies(reply: FastifyReply, settings: AuthSettings, session: string, csrf: string) {
  const common = { path: '/', sameSite: 'strict' as const, secure: settings.secureCookies };
  reply.setCookie(SESSION_COOKIE, session, { ...common, httpOnly: true });
  // readable by the page's script, which echoes it in X-CSRF-Token
  reply.setCookie(CSRF_COOKIE, csrf, { ...common, httpOnly: false });
}

export function sessionRoutes(db: Db, settings: AuthSettings): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/sessions',
      {
        // lockout protects one account; this slows one address trying many accounts
        config: {
          permission: 'public',
          rateLimit: { max: settings.loginRatePerMinute, timeWindow: 60_000 },
        },
        schema: {
          tags,
          summary: 'Sign in: sets an HTTP-only session cookie and returns the CSRF token',
          body: Type.Object({ username: Type.String({ maxLength: 100 }), password: Secret }),
          response: {
            200: Type.Object({ user: Me, csrfToken: Type.String() }),
            ...errorResponses(400, 401),
          },
        },
      },
      async (request, reply) => {
        const opened = await login(db, settings, request.body, {
          requestId: request.id,
          ip: request.ip,
        });
        cookies(reply, settings, opened.sessionSecret, opened.csrfToken);
        const principal = {
          via: 'session' as const,
          ...opened,
          csrfHash: digest(opened.csrfToken),
        };
        const found = await actorFor(db, principal, request);
        return { user: await me(db, found!.actor), csrfToken: opened.csrfToken };
      },
    );

    app.delete(
      '/sessions/current',
      {
        config: { permission: 'authenticated' },
        schema: {
          tags,
          summary: 'Sign out',
          response: { 204: Type.Null(), ...errorResponses(401, 403) },
        },
      },
      async (request, reply) => {
        await logout(db, actorOf(request));
        reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/me',
      {
        config: { permission: 'authenticated' },
        schema: {
          tags,
          summary: 'The signed-in user, permissions and scopes',
          response: { 200: Me, ...errorResponses(401) },
        },
      },
      async (request) => me(db, actorOf(request)),
    );

    app.post(
      '/password',
      {
        config: { permission: 'authenticated' },
        schema: {
          tags,
          summary: 'Change my password (other sessions are signed out)',
          body: Type.Object({ currentPassword: Secret, newPassword: Secret }),
          response: { 204: Type.Null(), ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        await changePassword(db, settings, actorOf(request), request.body);
        return reply.status(204).send(null);
      },
    );
  };
}
