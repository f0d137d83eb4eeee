// Sign-in: checks the password (the same work whether or not the user exists), counts
// failures toward a temporary lockout, opens a session, and audits every attempt.
import { sql } from 'kysely';
import type { Db } from '../../db-schema.js';
import { recordAudit, type ActorContext } from '../../platform/audit.js';
import { authErrors } from './auth.errors.js';
import type { AuthSettings } from './auth.settings.js';
import { decoyHash, verifyPassword } from './password.js';
import { digest, newSecret } from './secrets.js';
import { insertSession } from './sessions.repo.js';
import { updateUser } from './users.repo.js';

export interface LoginInput {
  username: string;
  password: string;
}

export interface Opened {
  userId: number;
  sessionId: number;
  sessionSecret: string;
  csrfToken: string;
}

type Caller = Pick<ActorContext, 'requestId' | 'ip'>;

function candidate(db: Db, username: string) {
  return db
    .selectFrom('app_user')
    .select([
      'id',
      'username',
      'status',
      'password_hash',
      sql<boolean>`coalesce(locked_until > now(), false)`.as('locked'),
    ])
    .where('username', '=', username)
    .executeTakeFirst();
}

async function countFailure(db: Db, caller: Caller, userId: number, settings: AuthSettings) {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('app_user')
      .set({
        // a lock that has run out starts a new count
        failed_logins: sql`case when locked_until <= now() then 1 else failed_logins + 1 end`,
      })
      .where('id', '=', userId)
      .returning(['failed_logins'])
      .executeTakeFirstOrThrow();
    const lockNow = row.failed_logins >= settings.maxFailedLogins;
    if (lockNow) {
      await trx
        .updateTable('app_user')
        .set({ locked_until: sql`now() + make_interval(mins => ${settings.lockoutMinutes})` })
        .where('id', '=', userId)
        .execute();
    }
    const who = { ...caller, actor: 'anonymous', kind: 'anonymous' as const };
    await recordAudit(trx, who, {
      action: 'auth.login_failed',
      entity: 'user',
      entityId: userId,
      changes: { reason: 'wrong_password', failedLogins: row.failed_logins },
    });
    if (lockNow) {
      await recordAudit(trx, who, {
        action: 'auth.locked',
        entity: 'user',
        entityId: userId,
        changes: { minutes: settings.lockoutMinutes },
      });
    }
  });
}

async function refuse(db: Db, caller: Caller, entityId: number | null, changes: object) {
  await db
    .transaction()
    .execute((trx) =>
      recordAudit(
        trx,
        { ...caller, actor: 'anonymous', kind: 'anonymous' },
        { action: 'auth.login_failed', entity: 'user', entityId, changes },
      ),
    );
  return authErrors.loginFailed();
}

export async function login(
  db: Db,
  settings: AuthSettings,
  input: LoginInput,
  caller: Caller,
): Promise<Opened> {
  const username = input.username.trim().toLowerCase();
  const user = await candidate(db, username);
  const passwordOk = await verifyPassword(
    input.password,
    user?.password_hash ?? (await decoyHash()),
  );
  // the attempted name is kept (cut short) to trace guessing; the password never is
  if (!user)
    throw await refuse(db, caller, null, {
      reason: 'unknown_user',
      username: username.slice(0, 64),
    });
  if (user.status !== 'active') throw await refuse(db, caller, user.id, { reason: 'disabled' });
  if (user.locked) throw await refuse(db, caller, user.id, { reason: 'locked' });
  if (!passwordOk) {
    await countFailure(db, caller, user.id, settings);
    throw authErrors.loginFailed();
  }
  const sessionSecret = newSecret();
  const csrfToken = newSecret();
  const sessionId = await db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, {
      failed_logins: 0,
      locked_until: null,
      last_login_at: new Date(),
    });
    const id = await insertSession(trx, {
      userId: user.id,
      secretHash: digest(sessionSecret),
      csrfHash: digest(csrfToken),
      maxHours: settings.sessionMaxHours,
      ip: caller.ip ?? '',
    });
    await recordAudit(
      trx,
      { ...caller, actor: user.username, kind: 'user', userId: user.id },
      { action: 'auth.login', entity: 'session', entityId: id, changes: {} },
    );
    return id;
  });
  return { userId: user.id, sessionId, sessionSecret, csrfToken };
}
