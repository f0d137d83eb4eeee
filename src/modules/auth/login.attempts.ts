// Counting password attempts (sign-in, password change) against the lockout, safely under
// concurrency: an attempt is claimed in one UPDATE before the password is checked, so
// parallel guesses cannot all slip through while the first ones are being hashed. The claim
// that uses up the allowance sets the lock at once; a success clears count and lock; a lock
// that has run out starts a new count. So no state can lock an account for good.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import { recordAudit, type ActorContext } from '../../platform/audit.js';
import type { AuthSettings } from './auth.settings.js';

export type Claim =
  | { claimed: false }
  /** `exhausting`: this attempt used up the allowance; if it fails, the account is locked */
  | { claimed: true; exhausting: boolean };

export async function claimAttempt(
  db: Db,
  userId: number,
  settings: Pick<AuthSettings, 'maxFailedLogins' | 'lockoutMinutes'>,
): Promise<Claim> {
  const count = sql<number>`(case when locked_until <= now() then 1 else failed_logins + 1 end)`;
  const row = await db
    .updateTable('app_user')
    .set({
      failed_logins: count,
      locked_until: sql`case when ${count} >= ${settings.maxFailedLogins}
        then now() + make_interval(mins => ${settings.lockoutMinutes}) else null end`,
    })
    .where('id', '=', userId)
    .where((eb) =>
      eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', sql<Date>`now()`)]),
    )
    .returning(sql<boolean>`locked_until is not null`.as('exhausting'))
    .executeTakeFirst();
  return row ? { claimed: true, exhausting: row.exhausting } : { claimed: false };
}

export async function auditLocked(trx: Tx, who: ActorContext, userId: number): Promise<void> {
  await recordAudit(trx, who, {
    action: 'auth.locked',
    entity: 'user',
    entityId: userId,
    changes: {},
  });
}
