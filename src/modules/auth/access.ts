// The access-control hook the HTTP layer runs before every API handler: authenticate, check
// CSRF for cookie-borne writes, load the caller's grants, check the route's permission.
// Refusals are audited by the error handler through `recordRefusal` (below), in their own
// transaction, with the actor when one was identified.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db-schema.js';
import {
  accessErrors,
  anonymousActor,
  can,
  isNational,
  scopesFor,
  type Actor,
} from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { todayInVietnam } from '../../platform/dates.js';
import type { AppError } from '../../platform/errors.js';
import { grantsOf } from './assignments.repo.js';
import { authErrors } from './auth.errors.js';
import type { AuthSettings } from './auth.settings.js';
import { grantMap } from './grants.js';
import { cachedTokenActor, rememberTokenActor } from './token-cache.js';
import { csrfOk, findPrincipal, TokenRejected, type Principal } from './principal.js';

export async function actorFor(db: Db, principal: Principal, request: FastifyRequest) {
  const user = await db
    .selectFrom('app_user')
    .select(['username', 'status', 'must_change_password'])
    .where('id', '=', principal.userId)
    .executeTakeFirst();
  if (!user || user.status !== 'active') return null;
  const grants = grantMap(await grantsOf(db, principal.userId, todayInVietnam()));
  // a token outlives sessions and password changes: it never administers users, even if its
  // user is given that role after the token was issued
  if (principal.via === 'token') grants.delete('admin.users');
  const actor: Actor = {
    kind: principal.via === 'token' ? 'token' : 'user',
    actor: principal.via === 'token' ? `${user.username}/${principal.tokenName}` : user.username,
    userId: principal.userId,
    tokenId: principal.via === 'token' ? principal.tokenId : null,
    sessionId: principal.via === 'session' ? principal.sessionId : null,
    requestId: request.id,
    ip: request.ip,
    grants,
  };
  return { actor, mustChangePassword: user.must_change_password };
}

async function principalOf(db: Db, settings: AuthSettings, request: FastifyRequest) {
  try {
    return await findPrincipal(db, settings, request);
  } catch (error) {
    if (!(error instanceof TokenRejected)) throw error;
    throw authErrors.tokenInvalid({ reason: error.reason, tokenId: error.tokenId });
  }
}

export function createAuthorizer(db: Db, settings: AuthSettings) {
  /** A token resolved in the last seconds (token-cache.ts): no query. */
  const tokenActor = async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    const hit = header === undefined ? undefined : cachedTokenActor(db, header);
    if (!hit) return undefined;
    const actor = { ...hit.actor, requestId: request.id, ip: request.ip };
    return { actor, mustChangePassword: hit.mustChangePassword, csrfOk: true };
  };
  const sessionOrTokenActor = async (request: FastifyRequest) => {
    const principal = await principalOf(db, settings, request);
    const found = principal && (await actorFor(db, principal, request));
    if (principal?.via === 'token' && !found) {
      throw authErrors.tokenInvalid({ reason: 'user_disabled', tokenId: principal.tokenId });
    }
    if (!principal || !found) throw authErrors.required();
    if (principal.via === 'token')
      rememberTokenActor(db, request.headers.authorization!, {
        ...found,
        expiresOn: principal.expiresOn,
      });
    return { ...found, csrfOk: csrfOk(principal, request) };
  };
  return async (request: FastifyRequest, permission: string): Promise<Actor> => {
    if (permission === 'public') return anonymousActor(request.id, request.ip);
    const found = (await tokenActor(request)) ?? (await sessionOrTokenActor(request));
    // known from here on, so a refusal below is audited under this actor
    request.actor = found.actor;
    if (!found.csrfOk) throw authErrors.csrf();
    if (found.mustChangePassword && permission !== 'authenticated') {
      throw authErrors.passwordChangeRequired();
    }
    if (permission !== 'authenticated' && !can(found.actor, permission)) {
      throw accessErrors.forbidden(permission);
    }
    const nationwide = request.routeOptions.config?.scope === 'national';
    if (nationwide && !isNational(scopesFor(found.actor, permission))) {
      throw accessErrors.nationalOnly(permission);
    }
    return found.actor;
  };
}

/** One `auth.denied` event per refused request, naming the route pattern, never the URL. */
export function createRefusalRecorder(db: Db) {
  return async (request: FastifyRequest, error: AppError): Promise<void> => {
    const actor = request.actor ?? anonymousActor(request.id, request.ip);
    const { tokenId, ...details } = error.auditDetails ?? {};
    const shown = typeof error.details === 'object' && error.details !== null ? error.details : {};
    await db.transaction().execute((trx) =>
      recordAudit(
        trx,
        { ...actor, tokenId: typeof tokenId === 'number' ? tokenId : actor.tokenId },
        {
          action: 'auth.denied',
          entity: 'route',
          entityId: `${request.method} ${request.routeOptions.url ?? ''}`,
          changes: { code: error.code, status: error.status, ...shown, ...details },
        },
      ),
    );
  };
}
