// Passwords in a real browser: the administrator resets an officer's password through the
// user page; the officer signs in with it, is held on the password-change page until she
// chooses her own, and then signs in with that one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, openPage, startHarness, type Harness } from './harness.js';
import { DEMO_ADMIN, signIn } from './signIn.js';

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const TEMPORARY = 'temporary-2026';
const CHOSEN = 'my own long secret';

describe('Passwords', () => {
  it('resets an officer’s password, and makes her choose her own before anything else', async () => {
    const admin = await openPage(harness!);
    try {
      await signIn(admin.page, DEMO_ADMIN.username, DEMO_ADMIN.password);
      await admin.page.goto('/admin/users');
      await admin.page.getByTestId('user-link-agent').click();
      await expectHeading(admin.page, 'Phạm Thị Lan (đại lý thu)');
      await admin.page.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
      const dialog = admin.page.getByRole('dialog');
      await dialog.getByLabel('Mật khẩu mới', { exact: true }).fill(TEMPORARY);
      await dialog.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill('not the same one');
      await dialog.getByRole('button', { name: 'Đặt lại' }).click();
      await dialog.getByText('Hai mật khẩu không khớp.').waitFor();
      await dialog.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(TEMPORARY);
      await dialog.getByRole('button', { name: 'Đặt lại' }).click();
      await admin.page.getByText('Đã đặt lại mật khẩu cho agent.').waitFor();
      expect(admin.errors).toEqual([]);
    } finally {
      await admin.page.close();
    }

    const agent = await openPage(harness!);
    try {
      await signIn(agent.page, 'agent', TEMPORARY);
      await agent.page.waitForURL((url) => url.pathname === '/account/password');
      await expectHeading(agent.page, 'Đổi mật khẩu');
      // nowhere else to go until the password is changed
      await agent.page.goto('/registry/persons');
      await agent.page.waitForURL((url) => url.pathname === '/account/password');
      await agent.page.getByLabel('Mật khẩu hiện tại').fill(TEMPORARY);
      await agent.page.getByLabel('Mật khẩu mới', { exact: true }).fill(CHOSEN);
      await agent.page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(CHOSEN);
      await agent.page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
      await agent.page.waitForURL((url) => url.pathname !== '/account/password');
      await agent.page.goto('/registry/persons');
      await expectHeading(agent.page, 'Người tham gia');
      expect(agent.errors).toEqual([]);
    } finally {
      await agent.page.close();
    }
  });
});
