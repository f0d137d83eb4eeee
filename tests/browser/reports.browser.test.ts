// The steering-committee report in a real browser against the real server: the read-only
// steering committee of Hải Phòng opens "Báo cáo Ban Chỉ đạo" from the menu, makes last month's
// report of its province (the default), follows its progress and saves the XLSX, whose figures
// are those of the coverage board API.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProvince } from '../../src/generate/generate.js';
import { rebuildFacts } from '../../src/modules/coverage/index.js';
import { todayInVietnam } from '../../src/platform/dates.js';
import { apiAs } from './api.js';
import { expectHeading, openPage, startHarness, type Harness } from './harness.js';
import { signIn } from './signIn.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOT = path.join(HERE, 'screenshots', 'reports.png');
const today = todayInVietnam();
const [year, month] = today.split('-').map(Number) as [number, number];
const last = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
const lastDay = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5)), 0))
  .toISOString()
  .slice(0, 10);

interface Board {
  summary: { participants: number | null; ratePercent: number | null };
}

let harness: Harness | undefined;

beforeAll(async () => {
  harness = await startHarness();
  await generateProvince(harness.db, { provinceCode: '31', persons: 1500, seed: 20261101 });
  await rebuildFacts(harness.db, { from: last, to: today.slice(0, 7), today });
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('steering-committee report', () => {
  it('is made from the menu and its XLSX carries the board figures', async () => {
    const { page, errors } = await openPage(harness!);
    await signIn(page, 'steering', 'ansinh-demo');
    await page.getByTestId('nav-reports-steering').click();
    await expectHeading(page, 'Báo cáo Ban Chỉ đạo');
    await expect
      .poll(() => page.getByTestId('report-locality').textContent())
      .toContain('Hải Phòng');
    await page.getByTestId('report-start').click();
    const download = page.getByTestId('report-download-xlsx');
    await download.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('report-status').textContent()).toBe('Đã xong');
    expect(new URL(page.url()).searchParams.get('run')).toMatch(/^[0-9a-f-]{36}$/);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe(`bao-cao-bao-phu-31-${last}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await file.path())!) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('A1').value).toBe('BÁO CÁO TÌNH HÌNH THỰC HIỆN BHXH, BHYT, BHTN');
    expect(String(sheet.getCell('A3').value)).toContain(
      `Tháng ${last.slice(5)}/${last.slice(0, 4)}`,
    );
    const board = await (
      await apiAs(page)
    ).get<Board>(`/coverage/localities/31/board?at=${lastDay}&scheme=HI`);
    expect(board.summary.participants).toBeGreaterThan(0);
    expect(sheet.getCell('C7').value).toBe(board.summary.participants);
    expect(sheet.getCell('E7').value).toBe(board.summary.ratePercent ?? 'chưa có mẫu số');
    expect(errors).toEqual([]);
  }, 120_000);
});
