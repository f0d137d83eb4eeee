// Coverage targets page in a real browser against the real server (in-memory database, demo
// accounts): the Hải Phòng officer (targets.write on province 31) creates a 2026 HI target for
// 31 (a value the server refuses is shown under its field first), sees it listed as 95,5%,
// edits it into a count (1.234.567 người), makes its monthly plan, and imports an XLSX file with
// one bad row: the error report names the row and nothing is imported. The steering committee
// (read-only) sees the list without create, import or edit buttons.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './api.js';
import { expectHeading, openPage, startHarness, textOf, type Harness } from './harness.js';
import { signIn } from './signIn.js';

const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
const PASSWORD = 'ansinh-demo';
const SOURCE = 'Nghị quyết 05/NQ-HĐND (kiểm thử)';

let harness: Harness | undefined;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

async function signedIn(username: string) {
  const opened = await openPage(harness!);
  await signIn(opened.page, username, PASSWORD);
  return opened;
}

/** The row of the Hải Phòng 2026 HI target, after filtering the list to it. */
async function filterTo31In2026(page: Page) {
  await page.locator('#target-filters_year').fill('2026');
  await page.locator('#target-filters_locality').fill('31');
  await page.getByTestId('filter-apply').click();
  await page.waitForURL(/year=2026/);
  return page
    .getByTestId('targets-table')
    .locator('tbody tr.ant-table-row')
    .filter({ hasText: 'BHYT' })
    .filter({ hasText: SOURCE });
}

/** Replaces an input's text by typing, as a person would (antd number inputs need the keys). */
async function typeInto(input: Locator, text: string) {
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(text);
}

async function workbookWithOneBadRow(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Chỉ tiêu');
  sheet.addRow([
    'Cấp',
    'Địa phương',
    'Loại hình',
    'Loại chỉ tiêu',
    'Năm',
    'Giá trị',
    'Mẫu số',
    'Nguồn',
  ]);
  sheet.addRow(['province', '31', 'UI', 'coverage_rate', 2027, 40, 'labour_force', 'KH 2027']);
  sheet.addRow(['province', '31', 'SI', 'coverage_rate', 2027, 140, 'labour_force', 'KH 2027']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('coverage targets page', () => {
  it('lets the Hải Phòng officer create, edit, plan and import targets', async () => {
    const { page, errors } = await signedIn('hp.officer');
    try {
      await page.getByTestId('nav-coverage-targets').getByRole('link').click();
      await expectHeading(page, 'Chỉ tiêu bao phủ');

      // Create: the locality is the officer's province; 120% is refused under the value.
      await page.getByTestId('target-new').click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.locator('#target_localityCode').inputValue()).toBe('31');
      await typeInto(dialog.locator('#target_year'), '2026');
      await dialog.locator('#target_value').fill('120');
      await dialog.locator('#target_source').fill(SOURCE);
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      const valueItem = dialog
        .locator('.ant-form-item')
        .filter({ has: page.locator('#target_value') });
      expect(await textOf(valueItem.locator('.ant-form-item-explain-error'))).toBe(
        'tỷ lệ bao phủ là phần trăm từ 0 đến 100, không thể là 120',
      );
      await dialog.locator('#target_value').fill('95,5');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'hidden' });

      const row = await filterTo31In2026(page);
      await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
      // the table may render the row again while it refetches: read its cells until they hold
      const cells = () => row.locator('td').allTextContents();
      await expect
        .poll(async () => (await cells()).slice(0, 7), { timeout: 10_000 })
        .toEqual(['Thành phố Hải Phòng31', 'BHYT', '2026', 'Mọi nhóm', '95,5%', 'Dân số', SOURCE]);

      // Edit into a count of participants: grouped with dots.
      await row.getByRole('button', { name: 'Sửa' }).click();
      expect(await dialog.locator('#target_localityCode').isDisabled()).toBe(true);
      await dialog.getByRole('radio', { name: 'Số người tham gia' }).check();
      await dialog.locator('#target_value').fill('1234567');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await row.getByTestId('target-value-cell').filter({ hasText: '1.234.567 người' }).waitFor();

      // Its monthly plan, from 0 to the target.
      await row.getByRole('button', { name: 'Kế hoạch' }).click();
      const plan = page.getByRole('dialog');
      await plan.getByText('Chưa lập kế hoạch cho chỉ tiêu này').waitFor();
      await plan.getByTestId('plan-make').click();
      const months = plan.getByTestId('plan-month').locator('tbody tr.ant-table-row');
      await expect.poll(() => months.count(), { timeout: 10_000 }).toBe(12);
      expect(await months.nth(11).locator('td').allTextContents()).toEqual([
        '12/2026',
        '1.234.567',
      ]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'targets-plan.png') });
      await plan.getByRole('button', { name: /Close|Đóng/ }).click();
      await plan.waitFor({ state: 'hidden' });

      // Import a workbook whose row 3 is wrong: the report names it, nothing is saved.
      await page.getByTestId('target-import').click();
      const upload = page.getByRole('dialog');
      await upload.locator('input[type=file]').setInputFiles({
        name: 'chi-tieu-2027.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await workbookWithOneBadRow(),
      });
      await upload.getByRole('button', { name: 'Nhập', exact: true }).click();
      expect(await textOf(upload.getByTestId('import-refused'))).toContain(
        'Tệp có 1 lỗi; không chỉ tiêu nào được nhập',
      );
      const lines = upload.getByTestId('import-errors').locator('tbody tr.ant-table-row');
      expect(await lines.first().locator('td').allTextContents()).toEqual([
        '3',
        'target_percent',
        'tỷ lệ bao phủ là phần trăm từ 0 đến 100, không thể là 140',
      ]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'targets-import.png') });

      // In English, the same report in English.
      await upload.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
      await upload.waitFor({ state: 'hidden' });
      await page.getByTestId('language-switch').getByText('English').click();
      await expectHeading(page, 'Coverage targets');
      await page.getByTestId('target-import').click();
      await upload.locator('input[type=file]').setInputFiles({
        name: 'targets-2027.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await workbookWithOneBadRow(),
      });
      await upload.getByRole('button', { name: 'Import', exact: true }).click();
      expect(await textOf(upload.getByTestId('import-refused'))).toContain(
        'no target was imported',
      );
      expect(await lines.first().locator('td').allTextContents()).toEqual([
        '3',
        'target_percent',
        'a coverage rate is a percent from 0 to 100, not 140',
      ]);
      const api = await apiAs(page);
      const imported = await api.get<{ items: unknown[] }>(
        '/coverage/targets?locality=31&year=2027',
      );
      expect(imported.items).toEqual([]);

      // the refused requests (the form's 120%, the two imports), and nothing else
      expect(errors).toEqual(
        Array(3).fill(
          'console: Failed to load resource: the server responded with a status of 400 (Bad Request)',
        ),
      );
    } finally {
      await page.close();
    }
  });

  it('shows the steering committee the list, without writing', async () => {
    const { page, errors } = await signedIn('steering');
    try {
      await page.goto('/coverage/targets');
      await expectHeading(page, 'Chỉ tiêu bao phủ');
      const row = await filterTo31In2026(page);
      await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
      expect(await textOf(row.getByTestId('target-value-cell'))).toBe('1.234.567 người');
      expect(await page.getByTestId('target-new').count()).toBe(0);
      expect(await page.getByTestId('target-import').count()).toBe(0);
      expect(await row.getByRole('button', { name: 'Sửa' }).count()).toBe(0);
      expect(await row.getByRole('button', { name: 'Kế hoạch' }).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
