// Counting sign-in attempts against the lockout, safely under concurrency: an attempt is
// claimed in one UPDATE before the password is checked, so parallel guesses cannot all slip
// through while the first ones are still being hashed; at most `maxFailedLogins` attempts are
// in flight or failed between two successes. A lock that has run out starts a new count.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';

/** Claims an attempt; false when the account is locked or its allowance is used up. */
export async function claimAttempt(db: Db, userId: number, maxFailed: number): Promise<boolean> {
  const row = await db
    .updateTable('app_user')
    .set({
      failed_logins: sql`case when locked_until <= now() then 1 else failed_logins + 1 end`,
      locked_until: sql`case when locked_until <= now() then null else locked_until end`,
    })
    .where('id', '=', userId)
    .where((eb) =>
      eb.or([
        eb('locked_until', '<=', sql<Date>`now()`),
        eb.and([eb('locked_until', 'is', null), eb('failed_logins', '<', maxFailed)]),
      ]),
    )
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** After a wrong password: lock the account once its allowance is used up. `lockedNow` is
 * true for the one failure that set the lock, so it is audited once. */
export async function lockIfExhausted(
  trx: Tx,
  userId: number,
  maxFailed: number,
  lockoutMinutes: number,
): Promise<{ failedLogins: number; lockedNow: boolean }> {
  const locked = await trx
    .updateTable('app_user')
    .set({ locked_until: sql`now() + make_interval(mins => ${lockoutMinutes})` })
    .where('id', '=', userId)
    .where('failed_logins', '>=', maxFailed)
    .where('locked_until', 'is', null)
    .returning('failed_logins')
    .executeTakeFirst();
  if (locked) return { failedLogins: locked.failed_logins, lockedNow: true };
  const row = await trx
    .selectFrom('app_user')
    .select('failed_logins')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return { failedLogins: row.failed_logins, lockedNow: false };
}
