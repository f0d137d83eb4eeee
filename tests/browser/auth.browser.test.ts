// Signing in and out in a real browser against the real server (in-memory database with the
// demo accounts): a signed-out visitor is sent to the sign-in page, a wrong password shows the
// server's message, the demo administrator lands back on the page first asked for (Users) and
// finds the demo officer there, and signing out returns to the sign-in page for good.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startHarness, textOf, type Harness, expectHeading } from './harness.js';
import { DEMO_ADMIN, signIn } from './signIn.js';

const SCREENSHOT = '/tmp/auth-users.png';

let harness: Harness | undefined;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Signed out, the browser logs each 401 answer to the console; those are expected here. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 401/.test(e));

describe('Sign-in', () => {
  it('rejects a wrong password, then signs the admin in and out', async () => {
    const { page, errors } = await openPage(harness!);
    try {
      // Signed out: asking for Users leads to the sign-in page, which remembers the target.
      await page.goto('/admin/users');
      await page.waitForURL((url) => url.pathname === '/login');
      expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/users');
      await expectHeading(page, 'Đăng nhập');
      expect(await page.title()).toBe('Đăng nhập · An Sinh');

      // A wrong password: the server's message, in Vietnamese, and no way in.
      await page.getByLabel('Tên đăng nhập', { exact: true }).fill(DEMO_ADMIN.username);
      await page.getByLabel('Mật khẩu', { exact: true }).fill('not-the-password');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      const alert = page.getByTestId('api-error');
      const text = await textOf(alert);
      expect(text).toContain('Đăng nhập không thành công');
      expect(text.replace('Đăng nhập không thành công', '').trim()).not.toBe('');
      expect(new URL(page.url()).pathname).toBe('/login');

      // The right password: back to the page first asked for.
      await signIn(page, DEMO_ADMIN.username, DEMO_ADMIN.password);
      expect(new URL(page.url()).pathname).toBe('/admin/users');
      await expectHeading(page, 'Người dùng');
      await page.getByTestId('user-link-hp.officer').waitFor();

      // Users is also reachable from the menu, and the search finds the officer.
      await page.locator('.app-brand').click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByTestId('nav-admin-users').getByRole('link').click();
      await page.waitForURL((url) => url.pathname === '/admin/users');
      await page.getByLabel('Tìm theo tên đăng nhập hoặc họ tên').fill('hp.officer');
      await page.getByLabel('Tìm theo tên đăng nhập hoặc họ tên').press('Enter');
      await page.waitForURL(/q=hp\.officer/);
      await page.getByTestId('user-link-admin').waitFor({ state: 'detached' });
      expect(await textOf(page.getByTestId('user-link-hp.officer'))).toBe('hp.officer');
      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      // Signing out: the sign-in page, with nothing to return to.
      await page.getByTestId('user-menu').click();
      await page.getByTestId('user-menu-popup').waitFor();
      await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
      await page.waitForURL((url) => url.pathname === '/login');
      expect(new URL(page.url()).search).toBe('');
      await expectHeading(page, 'Đăng nhập');

      // The session is gone on the server too: Users asks to sign in again.
      await page.goto('/admin/users');
      await page.waitForURL((url) => url.pathname === '/login');
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
