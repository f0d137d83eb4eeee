// Registry and enrolment pages in a real browser against the real server (in-memory database
// with the demo accounts): the administrator finds a person by SI number and opens the page
// with the current health-insurance card (QR code) and the coverage timeline; the facility's
// reception desk checks that card; an import with a bad row shows the rejection report; an
// imported employer's page flags the employee it did not declare.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './api.js';
import { expectHeading, openPage, startHarness, textOf, type Harness } from './harness.js';
import { DEMO_ADMIN, signIn } from './signIn.js';

const DEMO_PASSWORD = 'ansinh-demo';
const FACILITY = '31901';
const PERSON = {
  nationalId: '030184000991',
  fullName: 'Phạm Thị Thử',
  birthDate: '1984-03-05',
  sex: 'female',
  siNumber: '3099000991',
};
const EMPLOYER = { taxCode: '0201234567', name: 'Công ty TNHH Thử Nghiệm An Sinh' };
const SCREENSHOT = '/tmp/person-page.png';

let harness: Harness | undefined;
let personId = 0;
let cardNumber = '';
let communeCode = '';

/** Today in Vietnam, 'YYYY-MM-DD', and the same date a year later. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

async function signedIn(username: string, password = DEMO_PASSWORD) {
  const opened = await openPage(harness!);
  await signIn(opened.page, username, password);
  return opened;
}

/** A primary-care facility (reference data has no API), a person with HI cover and a card. */
async function seed(page: Page) {
  const existing = await harness!.db
    .selectFrom('facility')
    .select('code')
    .where('code', '=', FACILITY)
    .executeTakeFirst();
  if (!existing) {
    const province = await harness!.db
      .selectFrom('admin_unit')
      .select('id')
      .where('code', '=', '31')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await harness!.db
      .insertInto('facility')
      .values({
        code: FACILITY,
        name: 'Trạm Y tế thử nghiệm',
        tier: 'commune',
        province_id: province.id,
      })
      .execute();
  }
  const api = await apiAs(page);
  // a commune of Hải Phòng today (not one of the former communes merged away in 2025)
  const persons = await api.get<{ items: { commune: { code: string; validTo: string | null } }[] }>(
    '/registry/persons?unitCode=31&limit=50',
  );
  communeCode = persons.items.find((p) => p.commune.validTo === null)!.commune.code;
  const person = await api.post<{ id: number }>('/registry/persons', { ...PERSON, communeCode });
  personId = person.id;
  await api.post(`/enrolment/persons/${personId}/coverage-periods`, {
    scheme: 'hi',
    groupCode: 'CN',
    payer: 'state_budget',
    validFrom: '2025-01-01',
  });
  const card = await api.post<{ cardNumber: string }>(`/enrolment/persons/${personId}/cards`, {
    facilityCode: FACILITY,
    validFrom: today(),
  });
  cardNumber = card.cardNumber;
}

beforeAll(async () => {
  harness = await startHarness();
  const { page } = await signedIn(DEMO_ADMIN.username, DEMO_ADMIN.password);
  try {
    await seed(page);
  } finally {
    await page.close();
  }
});

afterAll(async () => {
  await harness?.close();
});

describe('Registry and enrolment pages', () => {
  it('finds a person by SI number and shows the current card with its QR code', async () => {
    const { page, errors } = await signedIn(DEMO_ADMIN.username, DEMO_ADMIN.password);
    try {
      await page.goto('/registry/persons');
      await page.getByTestId('person-search').locator('input').fill(PERSON.siNumber);
      await page.getByTestId('person-search').locator('input').press('Enter');
      const link = page.getByTestId(`person-link-${personId}`);
      expect(await textOf(link)).toBe(PERSON.fullName);
      await link.click();
      await page.waitForURL(`**/registry/persons/${personId}`);
      await expectHeading(page, PERSON.fullName);

      const identity = page.getByTestId('identity-card');
      expect(await textOf(identity.getByTestId('person-national-id'))).toBe(PERSON.nationalId);

      const current = page.locator('.current-card');
      expect(await textOf(current.getByTestId('card-number'))).toBe(cardNumber);
      expect(cardNumber).toMatch(new RegExp(`^CN\\d31${PERSON.siNumber}$`));
      await current.getByTestId('card-qr').locator('svg').waitFor();
      expect(await textOf(current.getByTestId('card-state'))).toBe('Đang sử dụng');
      const [y, m, d] = today().split('-');
      expect(await textOf(current.getByTestId('card-validity'))).toMatch(
        new RegExp(`^Từ ${d}/${m}/${y} đến \\d{2}/\\d{2}/\\d{4}$`),
      );
      expect(await textOf(current)).toContain(`${FACILITY} · Trạm Y tế thử nghiệm`);

      const hi = page.getByTestId('coverage-hi');
      expect(await textOf(hi.locator('h3'))).toBe('BHYT');
      expect(await textOf(hi.getByTestId('coverage-period'))).toContain('01/01/2025 – nay');
      expect(await page.getByTestId('household-card').count()).toBe(1);
      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      // the same page in English: scheme, card state and period in the other language
      await page.getByTestId('language-switch').getByText('English').click();
      await hi
        .locator('h3')
        .filter({ hasText: /^Health insurance$/ })
        .waitFor();
      expect(await textOf(current.getByTestId('card-state'))).toBe('In use');
      expect(await textOf(hi.getByTestId('coverage-period'))).toContain('01/01/2025 – present');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lets the facility check the card and answers code 000', async () => {
    const { page, errors } = await signedIn('facility');
    try {
      await page.getByTestId('nav-card-check').getByRole('link').click();
      await expectHeading(page, 'Tra cứu thẻ BHYT');
      await page.getByLabel('Mã thẻ BHYT').fill(cardNumber);
      await page.getByLabel('Họ và tên (không bắt buộc)').fill('Pham Thi Thu');
      await page.getByLabel('Ngày sinh (không bắt buộc)').fill('05/03/1984');
      await page.getByRole('button', { name: 'Tra cứu' }).click();
      const result = page.getByTestId('card-check-result');
      expect(await textOf(result.getByTestId('result-code'))).toBe('000');
      expect(await textOf(result.getByTestId('result-message'))).toBe(
        'Thông tin thẻ BHYT chính xác, thẻ còn giá trị sử dụng',
      );
      expect(await textOf(result.getByTestId('card-number'))).toBe(cardNumber);
      await result.getByTestId('card-qr').locator('svg').waitFor();

      // a wrong birth date: 070
      await page.getByLabel('Ngày sinh (không bắt buộc)').fill('06/03/1984');
      await page.getByRole('button', { name: 'Tra cứu' }).click();
      await result.getByTestId('result-code').filter({ hasText: /^070$/ }).waitFor();
      expect(await textOf(result.getByTestId('result-message'))).toBe('Thẻ BHYT sai ngày sinh');
      await page.screenshot({ path: '/tmp/card-check.png', fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('imports a CSV with a bad row and shows the rejection report', async () => {
    const { page, errors } = await signedIn(DEMO_ADMIN.username, DEMO_ADMIN.password);
    try {
      await page.goto('/registry/imports');
      await expectHeading(page, 'Nhập dữ liệu');
      const csv = [
        'national_id,full_name,birth_date,sex,commune_code',
        `030085000992,Trần Văn Nhập,12/07/1985,nam,${communeCode}`,
        `030190000993,Lê Thị Lỗi,30/02/1990,nữ,${communeCode}`,
      ].join('\n');
      await page.locator('input[type=file]').setInputFiles({
        name: 'nguoi.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await page.getByTestId('import-start').click();
      await page.waitForURL(/[?&]job=\d+$/);
      const status = page.getByTestId('import-status');
      await status.filter({ hasText: /^Không ghi \(tệp có dòng lỗi\)$/ }).waitFor();
      expect(await textOf(page.getByTestId('import-read'))).toBe('2');
      expect(await textOf(page.getByTestId('import-rejected'))).toBe('1');
      expect(await textOf(page.getByTestId('import-inserted'))).toBe('0');

      const rows = page.getByTestId('rejections-table').locator('tbody tr.ant-table-row');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().locator('td').allTextContents()).toEqual([
        '3',
        'birth_date',
        '30/02/1990 không phải ngày có thật',
        'DATE_INVALID',
      ]);
      await page.screenshot({ path: '/tmp/import-page.png', fullPage: true });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-rejections').click(),
      ]);
      const report = fs.readFileSync(await download.path(), 'utf8');
      expect(report).toContain('3,birth_date,DATE_INVALID');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('imports an employer, then flags its employee not declared for social insurance', async () => {
    const { page, errors } = await signedIn(DEMO_ADMIN.username, DEMO_ADMIN.password);
    try {
      await page.goto('/registry/imports');
      await page.getByTestId('import-kind').click();
      await page
        .locator('.ant-select-dropdown')
        .getByTitle('Đơn vị sử dụng lao động', { exact: true })
        .click();
      const csv = [
        'ma_so_thue,ten_don_vi,nganh,ma_xa,so_lao_dong',
        `${EMPLOYER.taxCode},${EMPLOYER.name},C,${communeCode},25`,
      ].join('\r\n');
      await page.locator('input[type=file]').setInputFiles({
        name: 'don-vi.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await page.getByTestId('import-start').click();
      await page
        .getByTestId('import-status')
        .filter({ hasText: /^Hoàn thành$/ })
        .waitFor();
      expect(await textOf(page.getByTestId('import-inserted'))).toBe('1');
      expect(await page.getByTestId('import-rejections').count()).toBe(0);

      // two employees: the one declared for compulsory SI, and another person who is not
      const api = await apiAs(page);
      const found = await api.get<{ items: { id: number }[] }>(
        `/registry/employers?q=${EMPLOYER.taxCode}`,
      );
      const employerId = found.items[0]!.id;
      const other = await api.get<{ items: { id: number; fullName: string }[] }>(
        '/registry/persons?unitCode=31&limit=1',
      );
      const undeclared = other.items[0]!;
      await harness!.db
        .insertInto('employment')
        .values([
          {
            person_id: personId,
            employer_id: employerId,
            monthly_salary: 8_500_000,
            valid_from: '2025-03-01',
          },
          {
            person_id: undeclared.id,
            employer_id: employerId,
            monthly_salary: 6_200_000,
            valid_from: '2025-03-01',
          },
        ])
        .execute();
      await api.post(`/enrolment/persons/${personId}/coverage-periods`, {
        scheme: 'si_compulsory',
        groupCode: 'DN',
        payer: 'employer',
        employerTaxCode: EMPLOYER.taxCode,
        contributionSalary: 8_500_000,
        validFrom: '2025-03-01',
      });

      await page.getByTestId('nav-employers').getByRole('link').click();
      await expectHeading(page, 'Đơn vị sử dụng lao động');
      await page.getByTestId('employer-search').locator('input').fill('thu nghiem an sinh');
      await page.getByTestId('employer-search').locator('input').press('Enter');
      await page.getByTestId(`employer-link-${employerId}`).click();
      await expectHeading(page, EMPLOYER.name);
      expect(await textOf(page.getByTestId('flagged-count'))).toBe('1');
      const rows = page.getByTestId('employees-table').locator('tbody tr.ant-table-row');
      await expect.poll(() => rows.count()).toBe(2);
      const declared = rows.filter({ hasText: PERSON.fullName });
      expect((await declared.locator('td').allTextContents()).slice(1, 4)).toEqual([
        '8.500.000 ₫',
        '8.500.000 ₫',
        'Đã khai báo',
      ]);
      const flagged = rows.filter({ hasText: undeclared.fullName });
      expect((await flagged.locator('td').allTextContents()).slice(1, 4)).toEqual([
        '6.200.000 ₫',
        '—',
        'Chưa khai báo',
      ]);
      await page.screenshot({ path: '/tmp/employer-page.png', fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
