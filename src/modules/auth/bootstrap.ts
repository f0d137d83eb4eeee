// First start: make sure someone can administer the system. If no active user holds
// admin.users nationwide, create one from ANSINH_ADMIN_USERNAME / ANSINH_ADMIN_PASSWORD, or
// with a random one-time password printed once on the console (to be changed at sign-in).
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db-schema.js';
import { recordAudit } from '../../platform/audit.js';
import { systemActor } from '../../platform/auth-context.js';
import { todayInVietnam } from '../../platform/dates.js';
import { insertAssignment } from './assignments.repo.js';
import { checkedPassword } from './users.service.js';
import { hasNationalAdministrator, insertUser, updateUser, userByUsername } from './users.repo.js';

export interface BootstrapOptions {
  username?: string | undefined;
  password?: string | undefined;
  /** where the one-time password goes: the console, never the log */
  notice: (text: string) => void;
}

export async function ensureAdministrator(db: Db, options: BootstrapOptions) {
  if (await hasNationalAdministrator(db)) return { created: false };
  const username = (options.username ?? 'admin').trim().toLowerCase();
  const oneTime = options.password === undefined;
  const password = options.password ?? randomBytes(12).toString('base64url');
  const hash = await checkedPassword(password, username);
  const actor = systemActor('bootstrap');
  await db.transaction().execute(async (trx) => {
    const existing = await userByUsername(trx, username);
    const user = existing
      ? await updateUser(trx, existing.id, {
          status: 'active',
          password_hash: hash,
          must_change_password: oneTime,
        })
      : await insertUser(trx, {
          username,
          display_name: 'Quản trị hệ thống',
          password_hash: hash,
          must_change: oneTime,
        });
    await insertAssignment(trx, {
      user_id: user.id,
      role_code: 'national_admin',
      scope_kind: 'national',
      unit_id: null,
      facility_code: null,
      employer_tax_code: null,
      valid_from: todayInVietnam(),
      valid_to: null,
    });
    await recordAudit(trx, actor, {
      action: 'user.bootstrap_admin',
      entity: 'user',
      entityId: user.id,
      changes: { username, oneTimePassword: oneTime },
    });
  });
  if (oneTime) {
    options.notice(
      `No administrator existed: created "${username}" with the one-time password ${password}\n` +
        '(it must be changed at first sign-in; it will not be shown again)',
    );
  }
  return { created: true };
}
