// Signs in through the real sign-in page, in Vietnamese or English, and waits until the app
// has moved on from it. The page must have been opened with a baseURL (see openPage).
import type { Page } from 'playwright-core';

/** The demo administrator loaded with the demo data. */
export const DEMO_ADMIN = { username: 'admin', password: 'ansinh-demo' } as const;

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  if (new URL(page.url(), 'http://x').pathname !== '/login') await page.goto('/login');
  await page.getByLabel(/^(Tên đăng nhập|Username)$/).fill(username);
  await page.getByLabel(/^(Mật khẩu|Password)$/).fill(password);
  // not anchored at the start: after a failed attempt antd may still be fading out the
  // button's "loading" icon, whose label is then part of the button's name
  await page.getByRole('button', { name: /(Đăng nhập|Sign in)$/ }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}
