// SQL for web sessions. Expiry is decided by the database clock, one clock for every server.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';

type Handle = Db | Tx;

export async function insertSession(
  trx: Tx,
  row: { userId: number; secretHash: Buffer; csrfHash: Buffer; maxHours: number; ip: string },
): Promise<number> {
  const saved = await trx
    .insertInto('user_session')
    .values({
      user_id: row.userId,
      secret_hash: row.secretHash,
      csrf_hash: row.csrfHash,
      expires_at: sql<Date>`now() + make_interval(hours => ${row.maxHours})`,
      ip: row.ip,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return saved.id;
}

/** The live session with this secret: not revoked, not past its end, not idle too long. */
export function liveSession(db: Handle, secretHash: Buffer, idleMinutes: number) {
  return db
    .selectFrom('user_session')
    .select([
      'id',
      'user_id',
      'csrf_hash',
      sql<boolean>`last_seen_at < now() - interval '1 minute'`.as('stale'),
    ])
    .where('secret_hash', '=', secretHash)
    .where('revoked_at', 'is', null)
    .where(sql<boolean>`expires_at > now()`)
    .where(sql<boolean>`last_seen_at > now() - make_interval(mins => ${idleMinutes})`)
    .executeTakeFirst();
}

export async function touchSession(db: Handle, id: number): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ last_seen_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function revokeSessions(
  trx: Tx,
  userId: number,
  options: { except?: number; only?: number } = {},
): Promise<void> {
  let query = trx
    .updateTable('user_session')
    .set({ revoked_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (options.only !== undefined) query = query.where('id', '=', options.only);
  if (options.except !== undefined) query = query.where('id', '<>', options.except);
  await query.execute();
}
