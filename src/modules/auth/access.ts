// The access-control hook the HTTP layer runs before every API handler: authenticate, check
// CSRF for cookie-borne writes, load the caller's grants, check the route's permission.
// Refusals with a credential or a missing permission are audited in their own transaction.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db-schema.js';
import { anonymousActor, can, accessErrors, type Actor } from '../../platform/auth-context.js';
import { recordAudit, type ActorContext } from '../../platform/audit.js';
import { todayInVietnam } from '../../platform/dates.js';
import type { AppError } from '../../platform/errors.js';
import { grantsOf } from './assignments.repo.js';
import { authErrors } from './auth.errors.js';
import type { AuthSettings } from './auth.settings.js';
import { grantMap } from './grants.js';
import { csrfOk, findPrincipal, TokenRejected, type Principal } from './principal.js';

async function refuse(
  db: Db,
  request: FastifyRequest,
  who: ActorContext,
  changes: Record<string, unknown>,
  error: AppError,
): Promise<never> {
  await db.transaction().execute((trx) =>
    recordAudit(trx, who, {
      action: 'auth.denied',
      entity: 'route',
      // the route pattern, never the URL: a URL can carry a national ID
      entityId: `${request.method} ${request.routeOptions.url ?? ''}`,
      changes: { code: error.code, ...changes },
    }),
  );
  throw error;
}

export async function actorFor(db: Db, principal: Principal, request: FastifyRequest) {
  const user = await db
    .selectFrom('app_user')
    .select(['username', 'status', 'must_change_password'])
    .where('id', '=', principal.userId)
    .executeTakeFirst();
  if (!user || user.status !== 'active') return null;
  const grants = grantMap(await grantsOf(db, principal.userId, todayInVietnam()));
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

export function createAuthorizer(db: Db, settings: AuthSettings) {
  return async (request: FastifyRequest, permission: string): Promise<Actor> => {
    const anonymous = anonymousActor(request.id, request.ip);
    if (permission === 'public') return anonymous;
    let principal: Principal | null;
    try {
      principal = await findPrincipal(db, settings, request);
    } catch (error) {
      if (!(error instanceof TokenRejected)) throw error;
      const who = { ...anonymous, tokenId: error.tokenId };
      return refuse(db, request, who, { reason: error.reason }, authErrors.tokenInvalid());
    }
    const found = principal && (await actorFor(db, principal, request));
    if (!principal || !found) throw authErrors.required();
    const { actor } = found;
    if (!csrfOk(principal, request)) return refuse(db, request, actor, {}, authErrors.csrf());
    if (found.mustChangePassword && permission !== 'authenticated') {
      throw authErrors.passwordChangeRequired();
    }
    if (permission !== 'authenticated' && !can(actor, permission)) {
      return refuse(db, request, actor, { permission }, accessErrors.forbidden(permission));
    }
    return actor;
  };
}
