// Sign-in: checks the password (the same work whether or not the user exists), counts
// failures toward a temporary lockout, opens a session, and audits every attempt.
import type { Db } from '../../db-schema.js';
import { recordAudit, type ActorContext } from '../../platform/audit.js';
import { authErrors } from './auth.errors.js';
import type { AuthSettings } from './auth.settings.js';
import { decoyHash, verifyPassword } from './password.js';
import { digest, newSecret } from './secrets.js';
import { auditLocked, claimAttempt } from './login.attempts.js';
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
    .select(['id', 'username', 'status', 'password_hash'])
    .where('username', '=', username)
    .executeTakeFirst();
}

const anonymous = (caller: Caller) => ({
  ...caller,
  actor: 'anonymous',
  kind: 'anonymous' as const,
});

async function countFailure(db: Db, caller: Caller, userId: number, exhausting: boolean) {
  await db.transaction().execute(async (trx) => {
    const { failed_logins } = await trx
      .selectFrom('app_user')
      .select('failed_logins')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, anonymous(caller), {
      action: 'auth.login_failed',
      entity: 'user',
      entityId: userId,
      changes: { reason: 'wrong_password', failedLogins: failed_logins },
    });
    if (exhausting) await auditLocked(trx, anonymous(caller), userId);
  });
}

async function refuse(db: Db, caller: Caller, entityId: number | null, changes: object) {
  await db.transaction().execute((trx) =>
    recordAudit(trx, anonymous(caller), {
      action: 'auth.login_failed',
      entity: 'user',
      entityId,
      changes,
    }),
  );
  return authErrors.loginFailed();
}

/** A digest of a name that matched no user: guessing can be traced without storing what was
 * typed, which is sometimes a password typed into the wrong box. */
function nameDigest(username: string): string {
  return digest(username).toString('hex').slice(0, 16);
}

export async function login(
  db: Db,
  settings: AuthSettings,
  input: LoginInput,
  caller: Caller,
): Promise<Opened> {
  const username = input.username.trim().toLowerCase();
  const user = await candidate(db, username);
  const usable = user?.status === 'active';
  const claim = usable ? await claimAttempt(db, user.id, settings) : { claimed: false as const };
  // the same scrypt work whatever happens next, so timing tells nothing about the account
  const passwordOk = await verifyPassword(
    input.password,
    claim.claimed && user ? user.password_hash : await decoyHash(),
  );
  if (!user)
    throw await refuse(db, caller, null, {
      reason: 'unknown_user',
      nameDigest: nameDigest(username),
    });
  if (!usable) throw await refuse(db, caller, user.id, { reason: 'disabled' });
  if (!claim.claimed) throw await refuse(db, caller, user.id, { reason: 'locked' });
  if (!passwordOk) {
    await countFailure(db, caller, user.id, claim.exhausting);
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
