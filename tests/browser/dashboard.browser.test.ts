// The coverage dashboard in a real browser against the real server: the read-only steering
// committee of Hải Phòng lands on its province, checks the headline against the board API,
// opens the country's map and ranking, drills into a commune and switches scheme; the
// administrator lands on the country. Also checks the province map file itself.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoBounds } from 'd3-geo';
import type { Page } from 'playwright-core';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../src/platform/dates.js';
import { apiAs } from './api.js';
import { makeCoverageFigures } from './dashboard.data.js';
import { expectHeading, openPage, startHarness, textOf, type Harness } from './harness.js';
import { DEMO_ADMIN, signIn } from './signIn.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOT = path.join(HERE, 'screenshots', 'dashboard.png');
const PROVINCE_SCREENSHOT = path.join(HERE, 'screenshots', 'dashboard-province.png');
const REPO = path.resolve(HERE, '../..');
const GREY = '#d9d9d9';
const today = todayInVietnam();

interface Board {
  summary: {
    locality: { code: string; name: string };
    participants: number | null;
    denominator: { value: number } | null;
    ratePercent: number | null;
    target: { value: number } | null;
    gapPoints: number | null;
    gapPersons: number | null;
  };
  rankAmongSiblings: { rank: number; of: number } | null;
  children: { code: string; name: string; ratePercent: number | null; status: string }[];
}

const count = (v: number) => new Intl.NumberFormat('vi-VN').format(v);
const decimals = (min: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: min, maximumFractionDigits: 2 });
const percent = (v: number) => `${decimals(2).format(v)}%`;

let harness: Harness | undefined;

beforeAll(async () => {
  harness = await startHarness();
  const { page } = await openPage(harness);
  await signIn(page, DEMO_ADMIN.username, DEMO_ADMIN.password);
  await makeCoverageFigures(harness.db, page, today);
  await page.context().close();
});

afterAll(async () => {
  await harness?.close();
});

async function signedIn(username: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(harness!);
  await signIn(opened.page, username, DEMO_ADMIN.password);
  return opened;
}

const boardQuery = (code: string, scheme = 'HI') =>
  `/coverage/localities/${code}/board?at=${today}&scheme=${scheme}&geography=as-is`;

async function boardShown(page: Page, code: string, scheme = 'HI') {
  await page
    .locator(`[data-testid="board"][data-locality="${code}"][data-scheme="${scheme}"]`)
    .waitFor();
}

/** The headline cards say what the board API says, in Vietnamese formats. */
async function expectHeadline(page: Page, board: Board) {
  const s = board.summary;
  const figure = (id: string) => textOf(page.getByTestId(`figure-${id}`));
  expect(s.participants).not.toBeNull();
  expect(await figure('participants')).toBe(count(s.participants!));
  expect(await figure('denominator')).toBe(count(s.denominator!.value));
  expect(await figure('rate')).toBe(percent(s.ratePercent!));
  expect(await figure('target')).toBe(percent(s.target!.value));
  const gap = s.gapPoints!;
  const points = decimals(1).format(Math.abs(gap));
  expect(await figure('gap')).toBe(gap > 0 ? `Thiếu ${points} điểm %` : `Vượt ${points} điểm %`);
  const persons = count(Math.abs(s.gapPersons!));
  expect(await textOf(page.getByTestId('note-gap'))).toBe(
    s.gapPersons! > 0 ? `Cần thêm ${persons} người` : `Hơn chỉ tiêu ${persons} người`,
  );
  const rank = board.rankAmongSiblings;
  expect(await figure('rank')).toBe(rank ? `${rank.rank}/${rank.of}` : 'chưa xếp hạng');
}

const tableRows = (page: Page) =>
  page.getByTestId('children-table').locator('tbody tr.ant-table-row');

describe('Coverage dashboard', () => {
  it('lands the steering committee on its province, then country, commune and scheme', async () => {
    const { page, errors } = await signedIn('steering');
    const api = await apiAs(page);
    try {
      // Landing: '/' shows Hải Phòng, the province the committee is scoped to.
      expect(new URL(page.url()).pathname).toBe('/');
      await expectHeading(page, 'Tổng quan bao phủ');
      await boardShown(page, '31');
      const province = await api.get<Board>(boardQuery('31'));
      await expectHeadline(page, province);
      expect(await textOf(page.getByTestId('board-heading'))).toBe(
        `Bao phủ bảo hiểm · ${province.summary.locality.name}`,
      );
      const map = page.getByTestId('province-map');
      expect(await map.locator('path').count()).toBe(34);
      expect(await page.getByTestId('map-province-31').getAttribute('fill')).toBe('#0b5ea8');

      // The country: 34 provinces on the map and in the ranking, Hải Phòng below target and
      // Hà Nội above it in different colours, provinces without figures grey.
      await page
        .getByTestId('locality-breadcrumb')
        .getByRole('link', { name: 'Toàn quốc' })
        .click();
      await page.waitForURL(/locality=VN/);
      await boardShown(page, 'VN');
      const country = await api.get<Board>(boardQuery('VN'));
      expect(country.children).toHaveLength(34);
      const fill = (code: string) => page.getByTestId(`map-province-${code}`).getAttribute('fill');
      const [haiPhong, haNoi] = [await fill('31'), await fill('01')];
      expect(haiPhong).not.toBe(GREY);
      expect(haNoi).not.toBe(GREY);
      expect(haiPhong).not.toBe(haNoi);
      const unknown = country.children.find((c) => c.ratePercent === null)!;
      expect(await fill(unknown.code)).toBe(GREY);
      await expect.poll(() => tableRows(page).count()).toBe(34);
      const row31 = tableRows(page).filter({ has: page.getByTestId('open-31') });
      const child31 = country.children.find((c) => c.code === '31')!;
      expect(await textOf(row31.locator('td').nth(3))).toBe(percent(child31.ratePercent!));
      expect(await textOf(row31.locator('td').nth(7))).toBe('Chưa đạt');
      const row01 = tableRows(page).filter({ has: page.getByTestId('open-01') });
      expect(await textOf(row01.locator('td').nth(7))).toBe('Đạt chỉ tiêu');
      await page.getByTestId('map-province-31').hover();
      const tooltip = page.getByTestId('map-tooltip');
      expect(await textOf(tooltip)).toContain(child31.name);
      expect(await textOf(tooltip)).toContain(percent(child31.ratePercent!));
      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      // Drill down: the map opens Hải Phòng (back to '/', its home) and its communes' ranking.
      await page.getByTestId('map-province-31').click();
      await page.waitForURL((url) => url.search === '');
      await boardShown(page, '31');
      await expect.poll(() => tableRows(page).count()).toBe(Math.min(50, province.children.length));
      expect(await textOf(page.getByTestId('children-table').locator('h3'))).toBe(
        'Xếp hạng các xã, phường, đặc khu',
      );
      await page.screenshot({ path: PROVINCE_SCREENSHOT, fullPage: true });
      const commune = province.children[0]!;
      await page.getByTestId(`open-${commune.code}`).click();
      await boardShown(page, commune.code);
      const crumbs = page
        .getByTestId('locality-breadcrumb')
        .locator('li:not(.ant-breadcrumb-separator)');
      await expect
        .poll(() => crumbs.allTextContents())
        .toEqual(['Toàn quốc', province.summary.locality.name, commune.name]);
      await page.goBack();
      await boardShown(page, '31');

      console.log(`dashboard screenshots: ${SCREENSHOT}, ${PROVINCE_SCREENSHOT}`);

      // Another scheme: social insurance, its own figures.
      await page.getByTestId('scheme-select').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: /^BHXH$/ })
        .click();
      await page.waitForURL(/scheme=SI/);
      await boardShown(page, '31', 'SI');
      const si = await api.get<Board>(boardQuery('31', 'SI'));
      expect(await textOf(page.getByTestId('figure-participants'))).toBe(
        si.summary.participants === null ? 'chưa có số liệu' : count(si.summary.participants),
      );
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('lands the administrator on the country', async () => {
    const { page, errors } = await signedIn(DEMO_ADMIN.username);
    try {
      await boardShown(page, 'VN');
      const country = await (await apiAs(page)).get<Board>(boardQuery('VN'));
      expect(await textOf(page.getByTestId('figure-participants'))).toBe(
        count(country.summary.participants!),
      );
      expect(await page.getByTestId('locality-breadcrumb').locator('li').allTextContents()).toEqual(
        ['Toàn quốc'],
      );
      expect(await page.getByTestId('province-map').locator('path').count()).toBe(34);
      await expect.poll(() => tableRows(page).count()).toBe(34);

      // The day before the reform, counted by the boundaries of that day: the 63 old provinces.
      await page.goto('/?at=2025-06-30&geography=as-was');
      await boardShown(page, 'VN');
      const before = await (
        await apiAs(page)
      ).get<Board>(`/coverage/localities/VN/board?at=2025-06-30&scheme=HI&geography=as-was`);
      expect(before.children).toHaveLength(63);
      expect(await page.getByTestId('province-map').locator('path').count()).toBe(63);
      expect(await page.getByTestId('map-province-30').getAttribute('aria-label')).toBe(
        before.children.find((c) => c.code === '30')!.name,
      );
      expect(await page.getByLabel('Ngày', { exact: true }).inputValue()).toBe('30/06/2025');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('Province map file', () => {
  const file = path.join(REPO, 'web/src/features/coverage/provinces.topo.json');
  const topo = JSON.parse(fs.readFileSync(file, 'utf8')) as Topology;
  const merge = fs.readFileSync(path.join(REPO, 'data/reference/provinces_2025_merge.csv'), 'utf8');
  const rows = merge
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

  it('has the 34 new and the 63 old provinces by code, each a proper outline', () => {
    for (const [name, column, size] of [
      ['provinces34', 0, 34],
      ['provinces63', 2, 63],
    ] as const) {
      const shapes = feature(topo, topo.objects[name]!) as GeoJSON.FeatureCollection;
      const codes = shapes.features.map((f) => String(f.id)).sort();
      expect(codes).toEqual([...new Set(rows.map((r) => r[column]!))].sort());
      expect(codes).toHaveLength(size);
      // wound as d3-geo expects: a province, not the whole globe less it
      for (const f of shapes.features) expect(geoArea(f)).toBeLessThan(0.01);
    }
  });

  it('keeps Hoàng Sa with Đà Nẵng and Trường Sa with Khánh Hòa', () => {
    const shapes = feature(topo, topo.objects.provinces34!) as GeoJSON.FeatureCollection;
    const east = (code: string) => geoBounds(shapes.features.find((f) => f.id === code)!)[1][0];
    expect(east('48')).toBeGreaterThan(111.5);
    expect(east('56')).toBeGreaterThan(113.5);
    expect(fs.statSync(file).size).toBeLessThan(400 * 1024);
  });
});
