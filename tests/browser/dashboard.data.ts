// Figures for the dashboard scenario, made through the product's own paths: the generator fills
// two provinces with synthetic persons (Hải Phòng 31, Hà Nội 01), the facts are counted, and the
// administrator imports denominators and sets targets through the API so that Hải Phòng is
// below its target and Hà Nội above it (the denominators are chosen from the counted
// participants, so the rates are whatever the generator made, not numbers written here).
import type { Page } from 'playwright-core';
import { generateProvince } from '../../src/generate/generate.js';
import { rebuildFacts } from '../../src/modules/coverage/index.js';
import type { Db } from '../../src/db-schema.js';
import { apiAs } from './api.js';

export const PROVINCES = [
  { code: '31', persons: 2500, rate: 0.88, target: 95 },
  { code: '01', persons: 1500, rate: 0.97, target: 95 },
] as const;

interface Summary {
  participants: number | null;
}

export async function makeCoverageFigures(db: Db, admin: Page, today: string): Promise<void> {
  const year = today.slice(0, 4);
  for (const [i, p] of PROVINCES.entries()) {
    await generateProvince(db, { provinceCode: p.code, persons: p.persons, seed: 20260101 + i });
  }
  await rebuildFacts(db, { from: `${year}-01`, to: today.slice(0, 7), today });
  const api = await apiAs(admin);
  const rows = ['code,year,kind,value,source,synthetic'];
  for (const p of PROVINCES) {
    const s = await api.get<Summary>(
      `/coverage/localities/${p.code}/summary?at=${today}&scheme=HI`,
    );
    if (!s.participants) throw new Error(`no HI participants generated in ${p.code}`);
    const population = Math.round(s.participants / p.rate);
    rows.push(`${p.code},${year},population,${population},dashboard browser test,true`);
  }
  await postCsv(admin, '/geo/denominator-imports', `${rows.join('\n')}\n`);
  for (const p of PROVINCES) {
    await api.post('/coverage/targets', {
      localityCode: p.code,
      scheme: 'HI',
      year: Number(year),
      measure: 'coverage_rate',
      value: p.target,
      denominatorKind: 'population',
      groupCode: null,
      source: 'dashboard browser test',
    });
  }
}

async function postCsv(page: Page, path: string, csv: string): Promise<void> {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((c) => c.name === 'ansinh_csrf')?.value ?? '';
  const response = await page.request.fetch(`/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', 'x-csrf-token': decodeURIComponent(csrf) },
    data: csv,
  });
  if (!response.ok())
    throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
}
