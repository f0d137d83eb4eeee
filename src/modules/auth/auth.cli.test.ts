import { describe, expect, it } from 'vitest';
import { cliTestBed } from '../../../tests/helpers/cli.js';
import { registerUserCommands } from './auth.cli.js';
import { defaultAuthSettings } from './auth.settings.js';
import { login } from './login.service.js';

const { run, db } = cliTestBed(registerUserCommands);

describe('ansinh users', () => {
  it('lists users with their roles and scopes', async () => {
    const out = await run('users', 'list');
    expect(out).toMatch(/hp\.officer\s+active\s+provincial_officer@31/);
  });

  it('unlocks a locked user with a one-time password that works once changed', async () => {
    await db()
      .updateTable('app_user')
      .set({ locked_until: new Date(Date.now() + 3_600_000) })
      .where('username', '=', 'admin')
      .execute();
    const out = await run('users', 'reset-password', 'admin');
    const password = /one-time password (\S+)/.exec(out)![1]!;
    const opened = await login(
      db(),
      defaultAuthSettings,
      { username: 'admin', password },
      { requestId: null, ip: null },
    );
    expect(opened.userId).toBeGreaterThan(0);
    const event = await db()
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
