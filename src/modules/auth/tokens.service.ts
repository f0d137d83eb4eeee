// API tokens for machine clients. The token is returned once, at creation; the database keeps
// its SHA-256 and a public prefix to find it. Tokens act with their user's roles and scopes.
import { sql } from 'kysely';
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { addDays, todayInVietnam } from '../../platform/dates.js';
import { authErrors } from './auth.errors.js';
import { forgetTokenActors } from './token-cache.js';
import { digest, newApiToken } from './secrets.js';
import { requireUserAdmin } from './users.service.js';
import { userById } from './users.repo.js';

const COLUMNS = [
  'id',
  'name',
  'prefix',
  'expires_on',
  'revoked_at',
  'last_used_at',
  'created_at',
] as const;

type TokenRow = {
  id: number;
  name: string;
  prefix: string;
  expires_on: string;
  revoked_at: Date | null;
  last_used_at: Date | null;
  created_at: Date;
};

/** Machine credentials are rotated at least every two years. */
const MAX_TOKEN_DAYS = 731;

/** A token for an administrator would outlive her session and survive a password change. */
async function holdsUserAdministration(db: Db, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('role_assignment as a')
    .innerJoin('role_permission as p', 'p.role_code', 'a.role_code')
    .select('a.id')
    .where('a.user_id', '=', userId)
    .where('p.permission_code', '=', 'admin.users')
    .where(sql<boolean>`(a.valid_to is null or a.valid_to > ${todayInVietnam()}::date)`)
    .executeTakeFirst();
  return row !== undefined;
}

export function presentToken(row: TokenRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    expiresOn: row.expires_on,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

export async function listTokens(db: Db, actor: Actor, userId: number) {
  requireUserAdmin(actor);
  if (!(await userById(db, userId))) throw authErrors.userNotFound();
  const rows = await db
    .selectFrom('api_token')
    .select(COLUMNS)
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(presentToken);
}

export async function createToken(
  db: Db,
  actor: Actor,
  userId: number,
  input: { name: string; expiresOn: string },
) {
  requireUserAdmin(actor);
  if (!(await userById(db, userId))) throw authErrors.userNotFound();
  const today = todayInVietnam();
  if (input.expiresOn <= today || input.expiresOn > addDays(today, MAX_TOKEN_DAYS)) {
    throw authErrors.scopeInvalid(
      `expiresOn must be within the next ${MAX_TOKEN_DAYS} days`,
      `Ngày hết hạn phải trong vòng ${MAX_TOKEN_DAYS} ngày tới`,
    );
  }
  if (await holdsUserAdministration(db, userId)) throw authErrors.tokenForAdministrator();
  const { token, prefix } = newApiToken();
  const row = await db.transaction().execute(async (trx) => {
    const saved = await trx
      .insertInto('api_token')
      .values({
        user_id: userId,
        name: input.name.trim(),
        prefix,
        secret_hash: digest(token),
        expires_on: input.expiresOn,
        created_by: actor.userId,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'token.create',
      entity: 'api_token',
      entityId: saved.id,
      changes: { userId, name: saved.name, prefix, expiresOn: input.expiresOn },
    });
    return saved;
  });
  return { token, ...presentToken(row) };
}

export async function revokeToken(db: Db, actor: Actor, tokenId: number) {
  requireUserAdmin(actor);
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('api_token')
      .set({ revoked_at: sql`coalesce(revoked_at, now())` })
      .where('id', '=', tokenId)
      .returning(['id', 'user_id', 'prefix'])
      .executeTakeFirst();
    if (!row) throw authErrors.notFound('API token', 'mã truy cập API');
    await recordAudit(trx, actor, {
      action: 'token.revoke',
      entity: 'api_token',
      entityId: tokenId,
      changes: { userId: row.user_id, prefix: row.prefix },
    });
  });
  forgetTokenActors(db);
}
