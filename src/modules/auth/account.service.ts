// The signed-in user's own account: who am I, sign out, change my password.
import type { Db } from '../../db-schema.js';
import { accessErrors, type Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { assignmentsOf } from './assignments.repo.js';
import { authErrors } from './auth.errors.js';
import type { AuthSettings } from './auth.settings.js';
import { auditLocked, claimAttempt } from './login.attempts.js';
import { presentAssignments } from './auth.presenter.js';
import { verifyPassword } from './password.js';
import { revokeSessions } from './sessions.repo.js';
import { checkedPassword } from './users.service.js';
import { updateUser, userById } from './users.repo.js';

export async function me(db: Db, actor: Actor) {
  const user = await userById(db, actor.userId!);
  if (!user) throw authErrors.required();
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    mustChangePassword: user.must_change_password,
    permissions: [...actor.grants.keys()].sort(),
    assignments: await presentAssignments(db, await assignmentsOf(db, [user.id])),
  };
}

export async function logout(db: Db, actor: Actor): Promise<void> {
  if (actor.sessionId === null || actor.userId === null) return;
  await db.transaction().execute(async (trx) => {
    await revokeSessions(trx, actor.userId!, { only: actor.sessionId! });
    await recordAudit(trx, actor, {
      action: 'auth.logout',
      entity: 'session',
      entityId: actor.sessionId,
      changes: {},
    });
  });
}

async function refuseChange(db: Db, actor: Actor, userId: number, exhausting: boolean) {
  await db.transaction().execute(async (trx) => {
    // the guess that locks the account ends every session of it, this one included
    if (exhausting) {
      await revokeSessions(trx, userId);
      await auditLocked(trx, actor, userId);
    }
    await recordAudit(trx, actor, {
      action: 'auth.password_change_failed',
      entity: 'user',
      entityId: userId,
      changes: { locked: exhausting },
    });
  });
}

export async function changePassword(
  db: Db,
  settings: AuthSettings,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  // a machine token must not be able to take over its user's interactive account
  if (actor.kind !== 'user') throw accessErrors.forbidden('authenticated');
  const user = await userById(db, actor.userId!);
  if (!user) throw authErrors.required();
  // the new password is checked first: a rejected one must not use up an attempt
  if (input.newPassword === input.currentPassword) {
    throw authErrors.passwordWeak([['must differ from the current one', 'phải khác mật khẩu cũ']]);
  }
  const hash = await checkedPassword(input.newPassword, user.username);
  // wrong guesses count toward the lockout, so a stolen session cannot try passwords forever
  const claim = await claimAttempt(db, user.id, settings);
  if (!claim.claimed) throw authErrors.accountLocked();
  if (!(await verifyPassword(input.currentPassword, user.password_hash))) {
    await refuseChange(db, actor, user.id, claim.exhausting);
    throw authErrors.currentPasswordWrong();
  }
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, {
      password_hash: hash,
      must_change_password: false,
      failed_logins: 0,
      locked_until: null,
      password_changed_at: new Date(),
    });
    // other sessions may belong to whoever knew the old password
    await revokeSessions(trx, user.id, actor.sessionId ? { except: actor.sessionId } : {});
    await recordAudit(trx, actor, {
      action: 'auth.password_change',
      entity: 'user',
      entityId: user.id,
      changes: {},
    });
  });
}
