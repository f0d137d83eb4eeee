// User administration: list, create, rename, disable, reset a password. Only a holder of
// admin.users in the national scope may do it: a scoped administrator could otherwise grant
// himself national roles.
import type { Db } from '../../db-schema.js';
import { isNational, scopesFor, accessErrors, type Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { isConflict } from '../../platform/db/pg-errors.js';
import { authErrors } from './auth.errors.js';
import { forgetTokenActors } from './token-cache.js';
import { presentUsers } from './auth.presenter.js';
import { hashPassword, passwordProblems } from './password.js';
import { revokeSessions } from './sessions.repo.js';
import * as repo from './users.repo.js';

export function requireUserAdmin(actor: Actor): void {
  if (!isNational(scopesFor(actor, 'admin.users'))) throw accessErrors.forbidden('admin.users');
}

export async function checkedPassword(password: string, username: string) {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) throw authErrors.passwordWeak(problems);
  return hashPassword(password);
}

export async function getUser(db: Db, id: number) {
  const row = await repo.userById(db, id);
  if (!row) throw authErrors.userNotFound();
  return (await presentUsers(db, [row]))[0]!;
}

export async function listUsers(db: Db, actor: Actor, filter: repo.UserFilter) {
  requireUserAdmin(actor);
  const rows = await repo.listUsers(db, { ...filter, limit: filter.limit + 1 });
  const page = rows.slice(0, filter.limit);
  const next = rows.length > filter.limit ? page.at(-1)!.username : null;
  return { items: await presentUsers(db, page), nextCursor: next };
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
}

export async function createUser(db: Db, actor: Actor, input: NewUser) {
  requireUserAdmin(actor);
  const username = input.username.trim().toLowerCase();
  const hash = await checkedPassword(input.password, username);
  try {
    const id = await db.transaction().execute(async (trx) => {
      // an administrator sets the first password; its owner must replace it
      const row = await repo.insertUser(trx, {
        username,
        display_name: input.displayName.trim(),
        password_hash: hash,
        must_change: true,
      });
      await recordAudit(trx, actor, {
        action: 'user.create',
        entity: 'user',
        entityId: row.id,
        changes: { username, displayName: row.display_name },
      });
      return row.id;
    });
    return getUser(db, id);
  } catch (error) {
    if (isConflict(error)) throw authErrors.userExists();
    throw error;
  }
}

export interface UserChanges {
  displayName?: string;
  status?: 'active' | 'disabled';
}

export async function updateUser(db: Db, actor: Actor, id: number, input: UserChanges) {
  requireUserAdmin(actor);
  if (input.status === 'disabled' && id === actor.userId) throw authErrors.selfLockout();
  await db.transaction().execute(async (trx) => {
    const before = await repo.userById(trx, id, true);
    if (!before) throw authErrors.userNotFound();
    const changes = {
      ...(input.displayName ? { display_name: input.displayName.trim() } : {}),
      ...(input.status ? { status: input.status } : {}),
    };
    if (Object.keys(changes).length === 0) return;
    await repo.updateUser(trx, id, changes);
    if (input.status === 'disabled') await revokeSessions(trx, id);
    await recordAudit(trx, actor, {
      action: 'user.update',
      entity: 'user',
      entityId: id,
      changes: {
        before: { displayName: before.display_name, status: before.status },
        after: input,
      },
    });
  });
  forgetTokenActors(db);
  return getUser(db, id);
}

export async function resetPassword(db: Db, actor: Actor, id: number, newPassword: string) {
  requireUserAdmin(actor);
  const target = await repo.userById(db, id);
  if (!target) throw authErrors.userNotFound();
  const hash = await checkedPassword(newPassword, target.username);
  await db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, id, {
      password_hash: hash,
      must_change_password: true,
      failed_logins: 0,
      locked_until: null,
      password_changed_at: new Date(),
    });
    await revokeSessions(trx, id);
    await recordAudit(trx, actor, {
      action: 'user.password_reset',
      entity: 'user',
      entityId: id,
      changes: { unlocked: true },
    });
  });
}
