import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliRunner } from '../../../tests/helpers/cli.js';
import { createTestDatabase } from '../../../tests/helpers/test-db.js';
import type { DB } from '../../db-schema.js';
import type { Database } from '../../platform/db/database.js';
import { registerUserCommands } from './auth.cli.js';
import { defaultAuthSettings } from './auth.settings.js';
import { login } from './login.service.js';

let database: Database<DB>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const run = cliRunner(registerUserCommands, () => database.kysely);

describe('ansinh users', () => {
  it('lists users with their roles and scopes', async () => {
    const out = await run('users', 'list');
    expect(out).toMatch(/hp\.officer\s+active\s+provincial_officer@31/);
  });

  it('unlocks a locked user with a one-time password that works once changed', async () => {
    await database.kysely
      .updateTable('app_user')
      .set({ locked_until: new Date(Date.now() + 3_600_000) })
      .where('username', '=', 'admin')
      .execute();
    const out = await run('users', 'reset-password', 'admin');
    const password = /one-time password (\S+)/.exec(out)![1]!;
    const opened = await login(
      database.kysely,
      defaultAuthSettings,
      { username: 'admin', password },
      { requestId: null, ip: null },
    );
    expect(opened.userId).toBeGreaterThan(0);
    const event = await database.kysely
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'user.password_reset')
      .executeTakeFirstOrThrow();
    expect(event.actor).toMatch(/^cli:/);
  });

  it('says so when the user does not exist', async () => {
    expect(await run('users', 'reset-password', 'ghost')).toContain('Không tìm thấy người dùng');
    expect(process.exitCode).toBe(1);
  });
});
