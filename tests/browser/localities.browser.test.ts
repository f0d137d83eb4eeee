// The Localities page in a real browser against the real server (in-memory database): sign in
// as the demo administrator, switch the date across the 01/07/2025 reform and find Hải Dương
// inside Hải Phòng.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openPage as openBlankPage,
  startHarness,
  textOf,
  type Harness,
  expectHeading,
} from './harness.js';
import { DEMO_ADMIN, signIn } from './signIn.js';

const SCREENSHOT = '/tmp/localities.png';

let harness: Harness | undefined;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** A page signed in as the demo administrator, then opened at `url`. */
async function openPage(url: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openBlankPage(harness!);
  await signIn(opened.page, DEMO_ADMIN.username, DEMO_ADMIN.password);
  await opened.page.goto(url);
  return opened;
}

function treeNode(page: Page, code: string): Locator {
  return page.getByTestId('unit-tree').getByTestId(`tree-node-${code}`);
}

async function expandTreeNode(page: Page, code: string) {
  await page
    .locator('.ant-tree-treenode', { has: page.getByTestId(`tree-node-${code}`) })
    .locator('.ant-tree-switcher')
    .click();
}

describe('Localities page', () => {
  it('shows Hải Dương as a province before the reform and inside Hải Phòng after it', async () => {
    const started = Date.now();
    const { page, errors } = await openPage('/localities');
    try {
      await expectHeading(page, 'Đơn vị hành chính');
      expect(await page.title()).toBe('Đơn vị hành chính · An Sinh');

      // Before the reform: province → district → commune; Hải Dương is a province.
      await page.getByTestId('as-of-before-reform').click();
      await page.waitForURL(/at=2025-06-30/);
      const haiDuong = treeNode(page, '30');
      expect(await textOf(haiDuong)).toBe('30 · Tỉnh Hải Dương');
      expect(await haiDuong.getAttribute('data-level')).toBe('province');
      expect(await textOf(page.getByTestId('as-of-structure'))).toContain('tỉnh → huyện → xã');
      expect(await textOf(page.getByTestId('province-count'))).toBe('63 tỉnh, thành phố');
      await expandTreeNode(page, '30');
      const district = treeNode(page, '288');
      expect(await textOf(district)).toBe('288 · Thành phố Hải Dương');
      expect(await district.getAttribute('data-level')).toBe('district');

      // Search without diacritics finds the province; choosing it shows where it went.
      await page.getByLabel('Tìm theo tên').fill('hai duong');
      const hit = page.getByTestId('search-result-30');
      expect(await textOf(hit)).toContain('Tỉnh Hải Dương');
      await hit.focus();
      await page.keyboard.press('Enter');
      expect(await textOf(page.getByTestId('detail-name'))).toBe('Tỉnh Hải Dương');
      expect(await textOf(page.getByTestId('detail-validity'))).toMatch(/– 30\/06\/2025$/);
      const successors = page.getByTestId('successors');
      expect(await textOf(successors.getByTestId('lineage-31'))).toBe('Thành phố Hải Phòng');
      expect(await successors.textContent()).toContain('100%');

      // Typing the first day of the reform in the date picker: two tiers, 34 provinces.
      const dateInput = page.getByLabel('Ngày hiệu lực');
      await dateInput.click();
      await dateInput.fill('01/07/2025');
      await dateInput.press('Enter');
      await page.waitForURL(/at=2025-07-01/);
      await haiDuong.waitFor({ state: 'detached' });
      expect(await textOf(page.getByTestId('as-of-structure'))).toContain('tỉnh → xã');
      expect(await textOf(page.getByTestId('province-count'))).toBe('34 tỉnh, thành phố');

      // Today: province → commune; Hải Phòng (31) absorbed Hải Dương (30).
      await page.getByTestId('as-of-today').click();
      await page.waitForURL((url) => !url.search.includes('at='));
      expect(await textOf(page.getByTestId('province-count'))).toBe('34 tỉnh, thành phố');
      const haiPhong = treeNode(page, '31');
      expect(await textOf(haiPhong)).toBe('31 · Thành phố Hải Phòng');
      await expandTreeNode(page, '31');
      const commune = treeNode(page, '10525');
      expect(await textOf(commune)).toBe('10525 · Phường Hải Dương');
      expect(await commune.getAttribute('data-level')).toBe('commune');

      await haiPhong.click();
      expect(await textOf(page.getByTestId('detail-name'))).toBe('Thành phố Hải Phòng');
      const merged = page.getByTestId('merged-from');
      expect(await textOf(merged.getByRole('heading'))).toBe('Các tỉnh cũ hợp nhất');
      const oldHaiDuong = merged.locator('tr', { has: page.getByTestId('lineage-30') });
      expect(await textOf(oldHaiDuong.getByTestId('lineage-30'))).toBe('Tỉnh Hải Dương');
      expect(await oldHaiDuong.locator('td').first().textContent()).toBe('30');
      expect(await oldHaiDuong.textContent()).toContain('30/06/2025');

      // English: headings change, and the choice survives a reload.
      await page.getByTestId('language-switch').getByText('English').click();
      await page.getByRole('heading', { level: 1, name: 'Administrative units' }).waitFor();
      expect(await textOf(merged.getByRole('heading'))).toBe('Former provinces merged in');
      expect(await page.title()).toBe('Administrative units · An Sinh');
      await page.reload();
      await expectHeading(page, 'Administrative units');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.getByTestId('merged-from').getByTestId('lineage-30').waitFor();

      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      console.log(`localities scenario: ${Date.now() - started} ms, screenshot ${SCREENSHOT}`);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows the API error and its request id when a unit does not exist', async () => {
    const { page, errors } = await openPage('/localities?unit=99');
    try {
      const alert = page.getByTestId('unit-detail').getByTestId('api-error');
      const text = await textOf(alert);
      expect(text).toContain('Không có đơn vị hành chính nào mang mã 99');
      expect(text).toMatch(/Mã yêu cầu: ?[0-9a-f-]{36}/);
      // The 404 of the API request itself is the only error the browser may report.
      expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
