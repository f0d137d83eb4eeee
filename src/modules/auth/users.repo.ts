// SQL for user accounts.
import { todayInVietnam } from '../../platform/dates.js';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import { escapeLike } from '../../platform/text.js';

type Handle = Db | Tx;

export const USER_COLUMNS = [
  'id',
  'username',
  'display_name',
  'status',
  'must_change_password',
  'failed_logins',
  'locked_until',
  'last_login_at',
  'created_at',
] as const;

export function userByUsername(db: Handle, username: string) {
  return db
    .selectFrom('app_user')
    .select([...USER_COLUMNS, 'password_hash'])
    .where('username', '=', username)
    .executeTakeFirst();
}

export function userById(db: Handle, id: number, lock = false) {
  let query = db
    .selectFrom('app_user')
    .select([...USER_COLUMNS, 'password_hash'])
    .where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof userById>>>;

export interface UserFilter {
  q?: string;
  status?: 'active' | 'disabled';
  afterUsername?: string;
  limit: number;
}

export function listUsers(db: Handle, f: UserFilter) {
  let query = db.selectFrom('app_user').select(USER_COLUMNS).orderBy('username').limit(f.limit);
  if (f.status) query = query.where('status', '=', f.status);
  if (f.afterUsername) query = query.where('username', '>', f.afterUsername);
  if (f.q) {
    const pattern = `%${escapeLike(f.q.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([eb('username', 'like', pattern), eb(sql`lower(display_name)`, 'like', pattern)]),
    );
  }
  return query.execute();
}

export async function insertUser(
  trx: Tx,
  row: { username: string; display_name: string; password_hash: string; must_change: boolean },
) {
  return trx
    .insertInto('app_user')
    .values({
      username: row.username,
      display_name: row.display_name,
      password_hash: row.password_hash,
      must_change_password: row.must_change,
    })
    .returning(USER_COLUMNS)
    .executeTakeFirstOrThrow();
}

export function updateUser(
  trx: Tx,
  id: number,
  changes: Partial<{
    display_name: string;
    status: 'active' | 'disabled';
    password_hash: string;
    must_change_password: boolean;
    failed_logins: number;
    locked_until: Date | null;
    last_login_at: Date;
    password_changed_at: Date;
  }>,
) {
  return trx
    .updateTable('app_user')
    .set(changes)
    .where('id', '=', id)
    .returning(USER_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** Whether any active user holds user administration nationwide (bootstrap needs one). */
export async function hasNationalAdministrator(db: Handle): Promise<boolean> {
  const today = todayInVietnam();
  const row = await db
    .selectFrom('app_user as u')
    .innerJoin('role_assignment as a', 'a.user_id', 'u.id')
    .innerJoin('role_permission as p', 'p.role_code', 'a.role_code')
    .select('u.id')
    .where('u.status', '=', 'active')
    .where('a.scope_kind', '=', 'national')
    .where('p.permission_code', '=', 'admin.users')
    // today in Vietnam, as assignments are dated (the server's current_date is a day behind
    // from 00:00 to 07:00 in Vietnam)
    .where(
      sql<boolean>`a.valid_from <= ${today}::date and (a.valid_to is null or a.valid_to > ${today}::date)`,
    )
    .executeTakeFirst();
  return row !== undefined;
}
