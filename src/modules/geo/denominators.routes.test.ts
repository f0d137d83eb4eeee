import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, createTestApp, type TestApp } from '../../../tests/helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.inject({ method: 'GET', url });
const importCsv = (csv: string) =>
  t.inject({
    method: 'POST',
    url: '/api/v1/geo/denominator-imports',
    payload: csv,
    headers: { 'content-type': 'text/csv' },
  });
type Recorded = { year: number; kind: string; value: number; source: string; synthetic: boolean };

describe('denominators', () => {
  it('carries the NSO population of the 63 old provinces with their source', async () => {
    const res = (
      await get('/api/v1/geo/units/30/denominators?at=2024-01-01&year=2024&kind=population')
    ).json();
    expect(res.recorded).toHaveLength(1);
    expect(res.recorded[0].value).toBeGreaterThan(1_900_000);
    expect(res.recorded[0].source).toContain('E02.01');
    expect(res.recorded[0].synthetic).toBe(false);
  });

  it('re-aggregates the old provinces’ figures onto today’s province (history as-is)', async () => {
    const hd = (
      await get('/api/v1/geo/units/30/denominators?at=2024-01-01&year=2024&kind=population')
    ).json().recorded[0].value;
    const hp = (
      await get('/api/v1/geo/units/31/denominators?at=2024-01-01&year=2024&kind=population')
    ).json().recorded[0].value;
    const now = (
      await get('/api/v1/geo/units/31/denominators?at=2025-07-01&year=2024&kind=population')
    ).json();
    expect(now.reaggregated).toEqual([
      { year: 2024, kind: 'population', value: hd + hp, complete: true, from: ['30', '31'] },
    ]);
  });

  it('has national figures implied by published participants and coverage rates', async () => {
    const res = (await get('/api/v1/geo/units/VN/denominators?kind=population&year=2022')).json();
    expect(res.recorded[0]).toMatchObject({
      status: 'implied',
      value: Math.round(91_100_000 / 0.9204),
    });
  });

  it('imports a CSV, marks synthetic rows, and replaces a figure on re-import', async () => {
    const csv =
      'code,year,kind,value,source,synthetic\n10507,2024,population,8123,generated sample,true\n';
    const first = await importCsv(csv);
    expect(first.json()).toEqual({ rows: 1, inserted: 1, updated: 0 });
    const second = await importCsv(csv.replace('8123', '8200'));
    expect(second.json()).toEqual({ rows: 1, inserted: 0, updated: 1 });
    const res = (await get('/api/v1/geo/units/10507/denominators?at=2024-06-30')).json();
    expect(res.recorded.map((r: Recorded) => [r.value, r.synthetic])).toEqual([[8200, true]]);
  });

  it('rejects a file with any bad line, names the lines, and imports nothing', async () => {
    const audits = await auditCount(t.db);
    const code = (await get('/api/v1/geo/units?parentCode=288&at=2024-06-30&limit=2')).json()
      .items[1].code;
    const csv = [
      'code,year,kind,value,source',
      `${code},2024,population,9000,ok line`,
      '99999,2024,population,5,unknown unit',
      '10511,2024,people,5,bad kind',
      '10513,2024,population,-3,negative',
    ].join('\n');
    const res = await importCsv(csv);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('GEO_IMPORT_INVALID');
    expect(res.json().details.errors.map((e: { line: number }) => e.line)).toEqual([4, 5]);
    const onlyUnknown = await importCsv(
      `code,year,kind,value,source\n${code},2024,population,9000,ok\n99999,2024,population,5,x\n`,
    );
    expect(onlyUnknown.json().details.errors).toEqual([expect.objectContaining({ line: 3 })]);
    expect(
      (await get(`/api/v1/geo/units/${code}/denominators?at=2024-06-30`)).json().recorded,
    ).toEqual([]);
    expect(await auditCount(t.db)).toBe(audits);
  });
});

describe('denominator import edge cases', () => {
  it('refuses empty, exponent and hexadecimal values instead of storing 0 or 1000', async () => {
    for (const value of ['', '1e3', '0x10', '12.5']) {
      const res = await importCsv(
        `code,year,kind,value,source\n30,2023,population,${value},test\n`,
      );
      expect(res.statusCode, value).toBe(400);
    }
    const kept = (
      await get('/api/v1/geo/units/30/denominators?at=2023-06-30&year=2023&kind=population')
    ).json();
    expect(kept.recorded[0].value).toBeGreaterThan(1_000_000);
  });

  it('refuses two lines that name the same unit through different dates', async () => {
    const res = await importCsv(
      'code,year,kind,value,source,valid_on\n30,2023,population,5,a,2023-06-30\n30,2023,population,6,b,2024-01-01\n',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().details.errors).toEqual([expect.objectContaining({ line: 3 })]);
  });

  it('imports a large file in one go (every commune before the reform)', async () => {
    const communes = await t.db
      .selectFrom('admin_unit')
      .select('code')
      .where('level', '=', 'commune')
      .where('valid_to', '=', '2025-07-01')
      .execute();
    const lines = communes.map((c, i) => `${c.code},2024,population,${1000 + i},generated,true`);
    const res = await importCsv(['code,year,kind,value,source,synthetic', ...lines].join('\n'));
    expect(res.json()).toMatchObject({ rows: communes.length });
  });

  it('answers a CSV with a NUL character with a 400', async () => {
    const res = await importCsv(
      'code,year,kind,value,source\n30,2023,population,5,bad\u0000source\n',
    );
    expect(res.statusCode).toBe(400);
  });
});
