import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditCount,
  createTestApp,
  sessionHeaders,
  type TestApp,
} from '../../../tests/helpers/test-app.js';
import { DEMO_PASSWORD } from './seed/demo-users.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions', payload: { username, password } });

async function lastEvents(n: number) {
  return t.db.selectFrom('audit_event').selectAll().orderBy('id', 'desc').limit(n).execute();
}

describe('sign-in', () => {
  it('sets an HTTP-only, SameSite=Strict, Secure session cookie and a readable CSRF cookie', async () => {
    const reply = await login('hp.officer', DEMO_PASSWORD);
    expect(reply.statusCode).toBe(200);
    const session = reply.cookies.find((c) => c.name === 'ansinh_session')!;
    const csrf = reply.cookies.find((c) => c.name === 'ansinh_csrf')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true, path: '/' });
    expect(csrf.httpOnly).toBeFalsy();
    expect(reply.json().csrfToken).toBe(csrf.value);
    expect(reply.json().user).toMatchObject({ username: 'hp.officer', mustChangePassword: false });
    expect(reply.json().user.permissions).toContain('registry.read_full');
    const [event] = await lastEvents(1);
    expect(event).toMatchObject({ action: 'auth.login', actor: 'hp.officer', actor_kind: 'user' });
  });

  it('answers a wrong password and an unknown user alike, and audits both', async () => {
    const before = await auditCount(t.db);
    const wrong = await login('analyst', 'not the password');
    const unknown = await login('nobody.here', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('AUTH_LOGIN_FAILED');
    expect(unknown.json().message).toBe(wrong.json().message);
    expect(unknown.json().messageVi).toBe(wrong.json().messageVi);
    expect(await auditCount(t.db)).toBe(before + 2);
    const events = await lastEvents(2);
    expect(events.map((e) => e.action)).toEqual(['auth.login_failed', 'auth.login_failed']);
    expect(JSON.stringify(events)).not.toContain('not the password');
  });

  it('locks an account after five failures, even against the right password, then unlocks', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login('agent', `guess-${i}-xxxx`)).statusCode).toBe(401);
    const [locked] = await lastEvents(1);
    expect(locked!.action).toBe('auth.locked');
    const refused = await login('agent', DEMO_PASSWORD);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('AUTH_LOGIN_FAILED');
    await t.db
      .updateTable('app_user')
      .set({ locked_until: sql`now() - interval '1 second'` })
      .where('username', '=', 'agent')
      .execute();
    expect((await login('agent', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('locks again after a lock has run out', async () => {
    const expire = () =>
      t.db
        .updateTable('app_user')
        .set({ locked_until: sql`now() - interval '1 second'` })
        .where('username', '=', 'employer')
        .execute();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 5; i++) await login('employer', `wrong-${round}-${i}-xx`);
      expect((await login('employer', DEMO_PASSWORD)).statusCode).toBe(401);
      await expire();
    }
    const locks = await t.db
      .selectFrom('audit_event')
      .select('id')
      .where('action', '=', 'auth.locked')
      .where('entity_id', '=', String(await userId('employer')))
      .execute();
    expect(locks).toHaveLength(2);
  });

  it('checks no more than five passwords when guesses arrive all at once', async () => {
    const id = String(await userId('facility'));
    const guesses = Array.from({ length: 20 }, (_, i) => login('facility', `parallel-${i}-xx`));
    const replies = await Promise.all([...guesses, login('facility', DEMO_PASSWORD)]);
    const checked = await t.db
      .selectFrom('audit_event')
      .select('changes')
      .where('action', 'in', ['auth.login_failed', 'auth.login'])
      .where((eb) => eb.or([eb('entity_id', '=', id), eb('actor', '=', 'facility')]))
      .execute();
    const wrong = checked.filter(
      (e) => (e.changes as { reason?: string }).reason === 'wrong_password',
    );
    const succeeded = replies.filter((r) => r.statusCode === 200).length;
    expect(wrong.length + succeeded).toBeLessThanOrEqual(5);
    expect(replies.filter((r) => r.statusCode === 401).length).toBeGreaterThanOrEqual(16);
  });

  it('refuses malformed bodies with a 400, not a crash', async () => {
    const reply = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sessions',
      payload: { username: 'admin' },
    });
    expect(reply.statusCode).toBe(400);
  });
});

describe('sessions', () => {
  it('requires sign-in for the API and says so', async () => {
    const reply = await t.app.inject({ method: 'GET', url: '/api/v1/geo/units' });
    expect(reply.statusCode).toBe(401);
    expect(reply.json()).toMatchObject({ code: 'AUTH_REQUIRED', requestId: expect.any(String) });
  });

  it('ends a session idle for longer than the limit, and one past its absolute end', async () => {
    const headers = sessionHeaders(await login('steering', DEMO_PASSWORD));
    const me = () => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    expect((await me()).statusCode).toBe(200);
    await t.db
      .updateTable('user_session')
      .set({ last_seen_at: sql`now() - interval '31 minutes'` })
      .where('user_id', '=', (await userId('steering'))!)
      .execute();
    expect((await me()).json().code).toBe('AUTH_REQUIRED');

    const again = sessionHeaders(await login('steering', DEMO_PASSWORD));
    await t.db
      .updateTable('user_session')
      .set({ expires_at: sql`now() - interval '1 second'` })
      .where('user_id', '=', (await userId('steering'))!)
      .execute();
    const late = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: again });
    expect(late.statusCode).toBe(401);
  });

  it('refuses a cookie-borne write without the CSRF header, or with a wrong one, and audits it', async () => {
    const headers = sessionHeaders(await login('admin', DEMO_PASSWORD));
    const body = { username: 'csrf.victim', displayName: 'X', password: 'long enough password' };
    const before = await auditCount(t.db);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/users',
      headers: { cookie: headers.cookie! },
      payload: body,
    });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/users',
      headers: { ...headers, 'x-csrf-token': 'forged' },
      payload: body,
    });
    expect([missing.statusCode, wrong.statusCode]).toEqual([403, 403]);
    expect(missing.json().code).toBe('AUTH_CSRF');
    expect(await auditCount(t.db)).toBe(before + 2);
    const exists = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'csrf.victim')
      .execute();
    expect(exists).toEqual([]);
  });

  it('signs out: the cookie no longer works', async () => {
    const headers = sessionHeaders(await login('analyst', DEMO_PASSWORD));
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/auth/sessions/current',
      headers,
    });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    expect(me.statusCode).toBe(401);
  });
});

describe('passwords', () => {
  it('makes a new user change the password set by an administrator before anything else', async () => {
    const created = await t.inject({
      method: 'POST',
      url: '/api/v1/auth/users',
      payload: { username: 'new.officer', displayName: 'Cán bộ mới', password: 'temporary-2026' },
    });
    expect(created.statusCode).toBe(201);
    const headers = sessionHeaders(await login('new.officer', 'temporary-2026'));
    const blocked = await t.app.inject({ method: 'GET', url: '/api/v1/geo/units', headers });
    expect(blocked.json().code).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers,
      payload: { currentPassword: 'temporary-2026', newPassword: 'short' },
    });
    expect(weak.json().code).toBe('AUTH_PASSWORD_WEAK');
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers,
      payload: { currentPassword: 'temporary-2026', newPassword: 'my own long secret' },
    });
    expect(changed.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    expect(me.json().mustChangePassword).toBe(false);
    expect((await login('new.officer', 'my own long secret')).statusCode).toBe(200);
  });
});

describe('a stolen session', () => {
  it('cannot guess the current password forever: five wrong guesses lock and sign out', async () => {
    const headers = sessionHeaders(await login('commune.officer', DEMO_PASSWORD));
    const guess = (n: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers,
        payload: { currentPassword: `guess-${n}-xxxx`, newPassword: 'a brand new password' },
      });
    const first = await guess(0);
    expect(first.statusCode).toBe(400);
    expect(first.json().code).toBe('AUTH_CURRENT_PASSWORD_WRONG');
    for (let n = 1; n < 5; n++) await guess(n);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    expect(me.json().code).toBe('AUTH_REQUIRED');
    expect((await login('commune.officer', DEMO_PASSWORD)).statusCode).toBe(401);
  });

  it('does not use up attempts on rejected new passwords', async () => {
    const headers = sessionHeaders(await login('analyst', DEMO_PASSWORD));
    for (let n = 0; n < 6; n++) {
      const weak = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers,
        payload: { currentPassword: DEMO_PASSWORD, newPassword: 'short' },
      });
      expect(weak.json().code).toBe('AUTH_PASSWORD_WEAK');
    }
    expect((await login('analyst', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('tells a signed-in owner her account is locked, without signing her out', async () => {
    const headers = sessionHeaders(await login('hp.officer', DEMO_PASSWORD));
    for (let n = 0; n < 5; n++) await login('hp.officer', `someone-else-${n}`);
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers,
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'a brand new password' },
    });
    expect(change.statusCode).toBe(403);
    expect(change.json().code).toBe('AUTH_ACCOUNT_LOCKED');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    expect(me.statusCode).toBe(200);
  });
});

async function userId(username: string) {
  const row = await t.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  return row?.id;
}
