// Finds who is calling: an API token in `Authorization: Bearer …`, or a session cookie.
// Returns null when the caller presented nothing usable; a bad token is an error, since a
// machine client should hear at once that its credential is wrong.
import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../db-schema.js';
import { todayInVietnam } from '../../platform/dates.js';
import type { AuthSettings } from './auth.settings.js';
import { digest, sameDigest, tokenPrefix } from './secrets.js';
import { liveSession, touchSession } from './sessions.repo.js';

export const SESSION_COOKIE = 'ansinh_session';
export const CSRF_COOKIE = 'ansinh_csrf';

export type Principal =
  | { via: 'session'; userId: number; sessionId: number; csrfHash: Buffer }
  | { via: 'token'; userId: number; tokenId: number; tokenName: string; expiresOn: string };

export class TokenRejected extends Error {
  constructor(
    readonly reason: 'malformed' | 'unknown' | 'expired' | 'revoked',
    readonly tokenId: number | null,
  ) {
    super(reason);
  }
}

async function fromToken(db: Db, header: string): Promise<Principal> {
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  const prefix = match ? tokenPrefix(match[1]!) : null;
  if (!match || !prefix) throw new TokenRejected('malformed', null);
  const row = await db
    .selectFrom('api_token')
    .select([
      'id',
      'user_id',
      'name',
      'secret_hash',
      'expires_on',
      'revoked_at',
      sql<boolean>`last_used_at is null or last_used_at < now() - interval '1 minute'`.as('stale'),
    ])
    .where('prefix', '=', prefix)
    .executeTakeFirst();
  if (!row || !sameDigest(match[1]!, row.secret_hash)) throw new TokenRejected('unknown', null);
  if (row.revoked_at) throw new TokenRejected('revoked', row.id);
  if (row.expires_on <= todayInVietnam()) throw new TokenRejected('expired', row.id);
  if (row.stale) {
    await db
      .updateTable('api_token')
      .set({ last_used_at: sql`now()` })
      .where('id', '=', row.id)
      .execute();
  }
  return {
    via: 'token',
    userId: row.user_id,
    tokenId: row.id,
    tokenName: row.name,
    expiresOn: row.expires_on,
  };
}

async function fromSession(db: Db, secret: string, settings: AuthSettings) {
  const row = await liveSession(db, digest(secret), settings.sessionIdleMinutes);
  if (!row) return null;
  if (row.stale) await touchSession(db, row.id);
  return {
    via: 'session' as const,
    userId: row.user_id,
    sessionId: row.id,
    csrfHash: row.csrf_hash,
  };
}

export async function findPrincipal(
  db: Db,
  settings: AuthSettings,
  request: FastifyRequest,
): Promise<Principal | null> {
  const header = request.headers.authorization;
  if (header !== undefined) return fromToken(db, header);
  const secret = request.cookies[SESSION_COOKIE];
  return secret ? fromSession(db, secret, settings) : null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Cookie-borne requests that change state must echo the session's CSRF token in a header. */
export function csrfOk(principal: Principal, request: FastifyRequest): boolean {
  if (principal.via !== 'session' || SAFE_METHODS.has(request.method)) return true;
  const header = request.headers['x-csrf-token'];
  return typeof header === 'string' && sameDigest(header, principal.csrfHash);
}
