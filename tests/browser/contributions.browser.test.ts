// Contributions pages in a real browser against the real server (in-memory database with the
// demo accounts and persons): the calculator reproduces the doc's oracles (50,000,000 VND in
// Region I in 2024-08, household HI at 2,340,000, the voluntary SI minimum after 2025-07-01),
// in Vietnamese and English; an authorised user confirms an unconfirmed rule row; the policies
// list shows the seeded Hải Dương programme, and a draft goes through the editor (form checks,
// server refusal shown, activation, withdrawal); the Hải Dương programme is simulated over
// Hải Phòng (headline figures, charts, Excel export, comparison); the menu follows the
// permissions. Screenshots go to tests/browser/screenshots/ (not kept in git).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './api.js';
import { expectHeading, openPage, startHarness, textOf, type Harness } from './harness.js';
import { DEMO_ADMIN, signIn } from './signIn.js';

const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

let harness: Harness | undefined;
const policyIds: Record<string, number> = {};

interface PolicyItem {
  id: number;
  code: string;
}

async function signedIn(
  username: string = DEMO_ADMIN.username,
  password: string = DEMO_ADMIN.password,
) {
  const opened = await openPage(harness!);
  await signIn(opened.page, username, password);
  return opened;
}

/** Types into an antd date picker and commits the value with Enter. */
async function typeDate(page: Page, label: string, text: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

/** Chooses the option of an antd select (found by its test id) whose label matches `search`. */
async function choose(page: Page, testId: string, search: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(search);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: search })
    .first()
    .click();
  // The dropdown fades out after the choice; a click elsewhere during the fade hits it instead.
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .first()
    .waitFor({ state: 'hidden' });
}

/** Ages of the residents registered for the simulation; the one aged 76 has an HI card. */
const AGES = [71, 73, 76, 78, 62, 64, 66, 30];

/**
 * Residents of a Hải Phòng commune with known ages (the demo persons have no residence, so
 * they are outside any simulation): the Hải Dương programme for ages 70–80 reaches 4 of them,
 * 1 already covered; Hải Phòng's own for ages 60–74 reaches 5, none covered.
 */
async function seedResidents(page: Page) {
  const api = await apiAs(page);
  const year = Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(
      new Date(),
    ),
  );
  const persons = await api.get<{ items: { commune: { code: string; validTo: string | null } }[] }>(
    '/registry/persons?unitCode=31&limit=50',
  );
  const communeCode = persons.items.find((p) => p.commune.validTo === null)!.commune.code;
  for (const [i, age] of AGES.entries()) {
    const born = year - age;
    // national ID: birth province 031, male born in the 1900s (0), year, serial
    const person = await api.post<{ id: number }>('/registry/persons', {
      nationalId: `0310${String(born % 100).padStart(2, '0')}9700${String(i).padStart(2, '0')}`,
      fullName: `Ngô Văn Thử ${i + 1}`,
      birthDate: `${born}-01-15`,
      sex: 'male',
      communeCode,
    });
    if (age === 76) {
      await api.post(`/enrolment/persons/${person.id}/coverage-periods`, {
        scheme: 'hi',
        groupCode: 'CN',
        payer: 'state_budget',
        validFrom: '2025-01-01',
      });
    }
  }
}

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  harness = await startHarness();
  const { page } = await signedIn();
  try {
    const api = await apiAs(page);
    const { items } = await api.get<{ items: PolicyItem[] }>('/contributions/policies');
    for (const policy of items) policyIds[policy.code] = policy.id;
    await seedResidents(page);
  } finally {
    await page.close();
  }
});

afterAll(async () => {
  await harness?.close();
});

describe('Contributions pages', () => {
  it('calculates 4.946.000 ₫ for an employee earning 50,000,000 in Region I in 08/2024', async () => {
    const { page, errors } = await signedIn();
    try {
      await page.getByTestId('nav-contrib-calculator').getByRole('link').click();
      await expectHeading(page, 'Tính mức đóng BHXH, BHYT, BHTN');
      await typeDate(page, 'Tháng', '08/2024');
      await page.getByLabel('Tiền lương tháng đóng BHXH').fill('50000000');
      expect(await page.getByLabel('Tiền lương tháng đóng BHXH').inputValue()).toBe('50.000.000');
      await page.getByTestId('calc-submit').click();

      const result = page.getByTestId('calculation-result');
      expect(await textOf(result.getByTestId('payer-employee'))).toBe('4.946.000 ₫');
      // employer: 17.5% SI and 3% HI of the 46,800,000 cap, 1% UI of 50,000,000
      expect(await textOf(result.getByTestId('payer-employer'))).toBe('10.094.000 ₫');
      expect(await textOf(result.getByTestId('calc-total'))).toBe('15.040.000 ₫');
      const rules = await textOf(result.getByTestId('rules-used'));
      expect(rules).toContain('Decree 73/2024/NĐ-CP');
      expect(rules).toContain('Decree 74/2024/NĐ-CP');
      expect(await result.getByTestId('calc-lines').locator('tbody tr').count()).toBeGreaterThan(4);
      await page.screenshot({
        path: path.join(SCREENSHOTS, 'contributions-calculator.png'),
        fullPage: true,
      });

      // English, complete: the same result in the other language
      await page.getByTestId('language-switch').getByText('English').click();
      await expectHeading(page, 'Contribution calculator');
      expect(await textOf(result.getByTestId('payer-employee'))).toBe('4.946.000 ₫');
      expect(await textOf(result.locator('.ant-descriptions-item-label').first())).toBe('Employee');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('reproduces the household HI and voluntary SI oracles of the doc', async () => {
    const { page, errors } = await signedIn();
    try {
      await page.goto('/contributions/calculator');
      const active = page.getByRole('tabpanel');

      // three members joining together while the base salary is 2,340,000: 100%, 70%, 60%
      await page.getByRole('tab', { name: 'BHYT hộ gia đình' }).click();
      await typeDate(page, 'Ngày bắt đầu có thẻ', '01/01/2025');
      await page.getByRole('button', { name: 'Thêm thành viên' }).click();
      await page.getByRole('button', { name: 'Thêm thành viên' }).click();
      await page.getByTestId('calc-submit-household').click();
      const members = active.getByTestId('calc-members').locator('tbody tr.ant-table-row');
      await expect.poll(() => members.count()).toBe(3);
      const totals = await members.evaluateAll((rows) =>
        rows.map((row) => row.querySelector('td:last-child')?.textContent),
      );
      expect(totals).toEqual(['1.263.600 ₫', '884.520 ₫', '758.160 ₫']);
      expect(await textOf(active.getByTestId('calc-total'))).toBe('2.906.280 ₫');

      // the voluntary SI minimum after 2025-07-01 (22% of 1,500,000), half paid for the poor
      await page.getByRole('tab', { name: 'BHXH tự nguyện' }).click();
      await typeDate(page, 'Tháng bắt đầu đóng', '08/2025');
      await page.getByLabel('Mức thu nhập tháng làm căn cứ đóng').fill('1500000');
      expect(await textOf(active.getByTestId('income-range'))).toBe(
        'Được chọn từ 1.500.000 ₫ đến 46.800.000 ₫',
      );
      await page.getByLabel('Đối tượng được hỗ trợ').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: 'Hộ nghèo' })
        .click();
      await page.getByTestId('calc-submit-voluntary').click();
      expect(await textOf(active.getByTestId('calc-total'))).toBe('330.000 ₫');
      expect(await textOf(active.getByTestId('payer-state_budget'))).toBe('165.000 ₫');
      expect(await textOf(active.getByTestId('payer-self'))).toBe('165.000 ₫');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lets an authorised user confirm the 2026 poverty line on the rules page', async () => {
    const { page, errors } = await signedIn();
    try {
      await page.getByTestId('nav-contrib-rules').getByRole('link').click();
      await expectHeading(page, 'Tỷ lệ đóng và tham số');
      await page.getByRole('tab', { name: 'Chuẩn nghèo' }).click();
      const row = page
        .getByTestId('rules-poverty-lines')
        .locator('tbody tr')
        .filter({ hasText: 'Nông thôn' })
        .filter({ hasText: '01/01/2026 – 31/12/2026' });
      expect(await textOf(row)).toContain('1.500.000 ₫');
      expect(await textOf(row.getByTestId('unconfirmed'))).toBe('chưa xác nhận');
      await row.getByRole('button', { name: /^Sửa dòng \d+$/ }).click();
      const dialog = page.getByRole('dialog');
      // the row's key and start cannot be changed, only its values, end, basis and note
      expect(await dialog.getByLabel('Hiệu lực từ ngày', { exact: true }).isDisabled()).toBe(true);
      await dialog.getByLabel('Giá trị đã được xác nhận').check();
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => row.getByTestId('unconfirmed').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lists the seeded Hải Dương policies; a draft is checked, saved, activated and withdrawn', async () => {
    const { page, errors } = await signedIn();
    try {
      await page.getByTestId('nav-contrib-policies').getByRole('link').click();
      await expectHeading(page, 'Chính sách hỗ trợ của địa phương');
      const row = page.getByTestId('policies-table').locator('tbody tr', { hasText: 'HD-2021-CN' });
      const text = await textOf(row);
      expect(text).toContain('Hải Dương');
      expect(text).toContain('Hỗ trợ thêm 30% mức đóng BHYT cho người thuộc hộ cận nghèo');
      expect(text).toContain('30%');
      expect(text).toContain('01/01/2021 – 31/12/2025');
      expect(await textOf(row.getByTestId('unconfirmed'))).toBe('chưa xác nhận');

      // a draft whose age band is empty is refused in the form, as the server would
      await page.getByTestId('policy-new').click();
      await expectHeading(page, 'Dự thảo chính sách hỗ trợ');
      await page.getByLabel('Mã chính sách').fill('hp-thu-2027');
      await page.getByLabel('Tên (tiếng Việt)').fill('Hỗ trợ thử nghiệm người cao tuổi');
      await page.getByLabel('Tên (tiếng Anh)').fill('Trial support for the elderly');
      await page.getByLabel('Tuổi từ').fill('80');
      await page.getByLabel('Đến dưới').fill('70');
      await page.getByLabel('Tỷ lệ hỗ trợ (%)').fill('30');
      await typeDate(page, 'Hiệu lực từ ngày', '01/01/2027');
      await page.getByLabel('Căn cứ pháp lý').fill('Dự thảo nghị quyết HĐND (thử nghiệm)');
      await page.getByTestId('policy-save').click();
      await page.getByText('"Tuổi từ" phải nhỏ hơn "Đến dưới"').waitFor();

      await page.getByLabel('Đến dưới').fill('90');
      await page.getByTestId('policy-save').click();
      await page.waitForURL(/\/contributions\/policies\/\d+$/);
      await expectHeading(page, 'Hỗ trợ thử nghiệm người cao tuổi');
      expect(await textOf(page.getByTestId('policy-status'))).toBe('Dự thảo');
      expect(await page.getByLabel('Mã chính sách').inputValue()).toBe('HP-THU-2027');

      // the server refuses to activate a policy without its issuing province, and says why
      await page.getByTestId('policy-activate').click();
      expect(await textOf(page.getByTestId('api-error'))).toContain(
        'Chỉ chính sách dự thảo mới được để trống tỉnh ban hành',
      );
      await choose(page, 'policy-issuer', '31 · ');
      await page.getByTestId('policy-activate').click();
      await page
        .getByTestId('policy-status')
        .filter({ hasText: /^Đang áp dụng$/ })
        .waitFor();
      await page.getByTestId('policy-withdraw').click();
      await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Bãi bỏ' }).click();
      await page
        .getByTestId('policy-status')
        .filter({ hasText: /^Đã bãi bỏ$/ })
        .waitFor();
      // the one refusal above is the only failed request
      expect(errors).toEqual([
        'console: Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)',
      ]);
    } finally {
      await page.close();
    }
  });

  it('simulates the Hải Dương programme over Hải Phòng, exports it and compares it', async () => {
    const { page, errors } = await signedIn();
    try {
      await page.goto(`/contributions/simulation?policy=${policyIds['HD-2021-NCT']}`);
      await expectHeading(page, 'Mô phỏng chính sách hỗ trợ');
      expect(await textOf(page.getByTestId('sim-a-policy'))).toContain('HD-2021-NCT');
      await choose(page, 'sim-province', '31 · ');
      await page.getByTestId('sim-run').click();

      const headline = page.getByTestId('sim-headline');
      expect(await textOf(headline.getByTestId('sim-eligible'))).toBe('4');
      expect(await textOf(headline.getByTestId('sim-uncovered'))).toBe('3');
      // 60% of 3, rounded
      expect(await textOf(headline.getByTestId('sim-joiners'))).toBe('2');
      expect(await textOf(headline.getByTestId('sim-coverage'))).toBe('12,5% → 37,5%');
      expect(await textOf(headline.getByTestId('sim-context'))).toMatch(
        /^Dân số trong sổ của tỉnh: 8 người, đã có BHYT: 1; phí BHYT một người một năm: [\d.]+ ₫; tỷ lệ tham gia giả định: 60%\.$/,
      );
      expect(await textOf(headline.getByTestId('sim-local-cost'))).toMatch(/^[1-9][\d.]+ ₫$/);
      expect(await textOf(headline.getByTestId('sim-state-cost'))).toMatch(/^[\d.]+ ₫$/);
      await page.getByTestId('chart-communes').locator('.recharts-bar-rectangle').first().waitFor();
      await page.getByTestId('chart-groups').locator('.recharts-bar-rectangle').first().waitFor();
      // every resident registered above lives in the same commune
      expect(await page.getByTestId('sim-communes').locator('tbody tr.ant-table-row').count()).toBe(
        1,
      );
      await page.screenshot({
        path: path.join(SCREENSHOTS, 'contributions-simulation.png'),
        fullPage: true,
      });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('sim-export').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      // an .xlsx file is a zip archive: it starts with "PK"
      const head = fs
        .readFileSync(await download.path())
        .subarray(0, 2)
        .toString('latin1');
      expect(head).toBe('PK');

      // against Hải Phòng's own policy for ages 60–74
      await page.getByText('So sánh với phương án khác').click();
      const optionB = page.getByRole('radio', { name: 'Chính sách đã lưu' }).nth(1);
      await optionB.check();
      await choose(page, 'sim-b-policy', 'HP-2025-NCT');
      await page.getByTestId('sim-run').click();
      const comparison = page.getByTestId('sim-comparison');
      const eligibleRow = comparison.locator('tbody tr', { hasText: 'Số người thuộc diện hỗ trợ' });
      expect((await eligibleRow.first().locator('td').allTextContents()).slice(1)).toEqual([
        '4',
        '5',
        '+1',
      ]);
      await page.screenshot({
        path: path.join(SCREENSHOTS, 'contributions-comparison.png'),
        fullPage: true,
      });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows the calculator to a facility user but not the simulation', async () => {
    const { page, errors } = await signedIn('facility', 'ansinh-demo');
    try {
      await page.getByTestId('nav-contrib-calculator').waitFor();
      expect(await page.getByTestId('nav-contrib-policies').count()).toBe(1);
      expect(await page.getByTestId('nav-contrib-simulation').count()).toBe(0);
      await page.goto('/contributions/simulation');
      await page.getByTestId('forbidden').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
