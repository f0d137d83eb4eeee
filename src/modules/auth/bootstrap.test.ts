import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/test-db.js';
import type { DB } from '../../db-schema.js';
import type { Database } from '../../platform/db/database.js';
import { ensureAdministrator } from './bootstrap.js';
import { login } from './login.service.js';
import { defaultAuthSettings } from './auth.settings.js';

let database: Database<DB>;
beforeEach(async () => {
  database = await createTestDatabase();
  // a database without any national administrator, as on a first production start
  await database.kysely
    .deleteFrom('role_assignment')
    .where('role_code', '=', 'national_admin')
    .execute();
});
afterEach(() => database.close());

const caller = { requestId: null, ip: '127.0.0.1' };

describe('first-start administrator', () => {
  it('prints a one-time password once, which works and must then be changed', async () => {
    const notices: string[] = [];
    const first = await ensureAdministrator(database.kysely, { notice: (t) => notices.push(t) });
    expect(first.created).toBe(true);
    const password = /one-time password (\S+)/.exec(notices[0]!)![1]!;
    const opened = await login(
      database.kysely,
      defaultAuthSettings,
      { username: 'admin', password },
      caller,
    );
    const user = await database.kysely
      .selectFrom('app_user')
      .select('must_change_password')
      .where('id', '=', opened.userId)
      .executeTakeFirstOrThrow();
    expect(user.must_change_password).toBe(true);
    const again = await ensureAdministrator(database.kysely, { notice: (t) => notices.push(t) });
    expect(again.created).toBe(false);
    expect(notices).toHaveLength(1);
  });

  it('uses the configured username and password, and prints nothing', async () => {
    const notices: string[] = [];
    await ensureAdministrator(database.kysely, {
      username: 'root.vss',
      password: 'configured secret 1',
      notice: (t) => notices.push(t),
    });
    expect(notices).toEqual([]);
    const opened = await login(
      database.kysely,
      defaultAuthSettings,
      { username: 'root.vss', password: 'configured secret 1' },
      caller,
    );
    expect(opened.sessionId).toBeGreaterThan(0);
  });
});
