// Access control in a real browser against the real server (in-memory database with the demo
// accounts): a commune officer sees only her commune's persons with masked identifiers, cannot
// export and finds no administration, not even by typing its address; a provincial officer sees
// national IDs in full and may export; the administrator gives a user a role through the dialog
// and finds that in the audit trail.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openPage as openBlankPage,
  startHarness,
  textOf,
  type Harness,
  expectHeading,
} from './harness.js';
import { signIn } from './signIn.js';

/** Every demo user's password (README, "Demo users"). */
const DEMO_PASSWORD = 'ansinh-demo';
const SCREENSHOT = '/tmp/access-audit.png';

let harness: Harness | undefined;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** A page signed in as the demo user `username`, then opened at `url`. */
async function openPage(username: string, url: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openBlankPage(harness!);
  await signIn(opened.page, username, DEMO_PASSWORD);
  await opened.page.goto(url);
  await opened.page.getByTestId('page-heading').waitFor();
  return opened;
}

/** The data rows of an antd table, once it shows `count` of them and is no longer loading. */
async function tableRows(table: Locator, count: number): Promise<Locator> {
  const rows = table.locator('tbody tr.ant-table-row');
  await expect.poll(() => rows.count()).toBe(count);
  await table.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  expect(await rows.count()).toBe(count);
  return rows;
}

/** The text of the cell in column `index` (1-based) of every row. */
function column(rows: Locator, index: number): Promise<string[]> {
  return rows.locator(`td:nth-child(${index})`).allTextContents();
}

/** Today in Vietnam as the app shows dates (DD/MM/YYYY). */
function todayShown(): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

const MASKED_ID = /^\d{4}\*{4}\d{4}$/;
const MASKED_PHONE = /^(\d{4}\*{2}\d{4}|—)$/;

describe('Access control', () => {
  it('shows a commune officer her masked persons, no export and no administration', async () => {
    const { page, errors } = await openPage('commune.officer', '/registry/persons');
    try {
      await expectHeading(page, 'Người tham gia');
      const table = page.getByTestId('persons-table');
      // 90 persons: 30 of her commune and 30 of each of the two former communes merged into it,
      // in two pages of 50 and 40; every national ID and phone number masked.
      const first = await tableRows(table, 50);
      const ids = await column(first, 1);
      for (const id of ids) expect(id).toMatch(MASKED_ID);
      for (const phone of await column(first, 5)) expect(phone).toMatch(MASKED_PHONE);
      const communes = new Set(await column(first, 6));
      expect(await textOf(page.getByRole('alert'))).toBe(
        'Số định danh và số điện thoại được che một phần vì tài khoản của bạn không có quyền xem đầy đủ.',
      );
      await page.getByTestId('pager-next').click();
      await page
        .getByTestId('pager-page')
        .filter({ hasText: /^Trang 2$/ })
        .waitFor();
      const second = await tableRows(table, 40);
      const moreIds = await column(second, 1);
      for (const id of moreIds) expect(id).toMatch(MASKED_ID);
      expect(new Set([...ids, ...moreIds]).size).toBe(90);
      for (const commune of await column(second, 6)) communes.add(commune);
      // "commune, province": her commune today and the two former wards filed under Hải Dương
      expect([...communes].map((c) => c.split(', ')[0]).sort()).toEqual([
        'Phường Bình Hàn',
        'Phường Cẩm Thượng',
        'Phường Thành Đông',
      ]);
      expect(new Set([...communes].map((c) => c.split(', ')[1]))).toEqual(
        new Set(['Thành phố Hải Phòng', 'Tỉnh Hải Dương']),
      );
      expect(await page.getByTestId('pager-next').isDisabled()).toBe(true);

      // No export, and no administration in the menu, which does list the persons page.
      expect(await page.getByTestId('export-csv').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Xuất CSV' }).count()).toBe(0);
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      expect(await textOf(nav.getByTestId('nav-registry-persons'))).toBe(
        'Danh sách người tham gia',
      );
      for (const entry of ['nav-admin-users', 'nav-admin-roles', 'nav-admin-audit']) {
        expect(await page.getByTestId(entry).count()).toBe(0);
      }
      expect(await nav.getByText('Quản trị', { exact: true }).count()).toBe(0);

      // Typing the address of Users: the no-access page, not the list.
      await page.goto('/admin/users');
      const forbidden = page.getByTestId('forbidden');
      expect(await textOf(forbidden.getByRole('heading', { level: 1 }))).toBe(
        'Không có quyền truy cập',
      );
      expect(await page.title()).toBe('Không có quyền truy cập · An Sinh');
      expect(await page.getByTestId('page-heading').count()).toBe(0);
      expect(await page.getByTestId('users-table').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows a provincial officer full national IDs and the export button', async () => {
    const { page, errors } = await openPage('hp.officer', '/registry/persons');
    try {
      const rows = await tableRows(page.getByTestId('persons-table'), 50);
      // all born in the former Hải Dương (030…): none of the demo persons of Hà Nội (001…)
      for (const id of await column(rows, 1)) expect(id).toMatch(/^030\d{9}$/);
      for (const phone of await column(rows, 5)) expect(phone).toMatch(/^(09\d{8}|—)$/);
      expect(await page.getByRole('alert').count()).toBe(0);
      const exportButton = page.getByTestId('export-csv');
      expect(await textOf(exportButton)).toBe('Xuất CSV');
      expect(await exportButton.isEnabled()).toBe(true);
      expect(await page.getByTestId('pager-next').isEnabled()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lets the admin give steering a role in Hà Nội, recorded in the audit trail', async () => {
    const { page, errors } = await openPage('admin', '/admin/users');
    try {
      await page.getByTestId('user-link-steering').click();
      await page.waitForURL(/\/admin\/users\/\d+$/);
      const steeringId = new URL(page.url()).pathname.split('/').pop();
      await expectHeading(page, 'Ban Chỉ đạo tỉnh Hải Phòng');
      const assignments = page.getByTestId('assignments-table');
      const before = await tableRows(assignments, 1);
      expect(await column(before, 2)).toEqual(['Thành phố Hải Phòng (31)']);

      // The dialog: choosing the role proposes a unit scope; the unit is typed.
      await page.getByRole('button', { name: 'Giao vai trò' }).click();
      const dialog = page.getByRole('dialog', { name: 'Giao vai trò' });
      await dialog.getByLabel('Vai trò', { exact: true }).click();
      await page
        .locator('.ant-select-dropdown')
        .getByTitle('Thành viên Ban Chỉ đạo (chỉ xem)', { exact: true })
        .click();
      const kind = dialog.locator('.ant-select', { has: page.locator('#add-assignment_kind') });
      // the role's choice fills the scope kind on the next render: read until it does
      await expect.poll(() => textOf(kind)).toBe('Đơn vị hành chính');
      await dialog.getByLabel('Mã tỉnh hoặc mã xã').fill('01');
      await dialog.getByRole('button', { name: 'Giao vai trò' }).click();
      await dialog.waitFor({ state: 'detached' });

      const after = await tableRows(assignments, 2);
      const added = after.filter({ hasText: 'Thành phố Hà Nội (01)' });
      expect(await added.locator('td').allTextContents()).toEqual([
        'Thành viên Ban Chỉ đạo (chỉ xem)',
        'Thành phố Hà Nội (01)',
        todayShown(),
        'Không thời hạn',
        'Thu hồi',
      ]);

      // The audit trail, from the menu, filtered on the action: this one event, by admin.
      await page.getByTestId('nav-admin-audit').getByRole('link').click();
      await page.waitForURL((url) => url.pathname === '/admin/audit');
      await page.getByLabel('Hành động', { exact: true }).fill('assignment.create');
      await page.getByRole('button', { name: 'Áp dụng' }).click();
      await page.waitForURL(/[?&]action=assignment\.create$/);
      const events = await tableRows(page.getByTestId('audit-table'), 1);
      const cells = await events.locator('td').allTextContents();
      // [expand, time, actor, action, entity, entity id, IP, request id]
      expect(cells.slice(2, 6)).toEqual([
        'admin người dùng',
        'assignment.create',
        'user',
        steeringId,
      ]);
      expect(await textOf(page.getByTestId('audit-count'))).toBe('Đang hiển thị 1 sự kiện');
      await events.locator('.ant-table-row-expand-icon').click();
      const changes = JSON.parse(await textOf(page.locator('pre.audit-changes'))) as unknown;
      expect(changes).toMatchObject({
        roleCode: 'steering_viewer',
        scope: { kind: 'unit', unitCode: '01' },
      });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
