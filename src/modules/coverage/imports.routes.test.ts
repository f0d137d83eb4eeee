// Target imports and plans over HTTP: a file (CSV or XLSX) goes in whole or not at all, each bad
// row named by line (spreadsheet row) and field; plans replace the previous plan of their kind;
// the seed runs twice harmlessly.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditCount,
  createTestApp,
  rowCount,
  lastAuditEvent,
  type Inject,
  type TestApp,
} from '../../../tests/helpers/test-app.js';
import { seedTargets } from './targets.seed.js';

let t: TestApp;
let officer: Inject;
const API = '/api/v1/coverage';
const HEADER = 'locality_kind,locality,scheme,measure,year,target_percent,denominator_kind,source';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');
const postCsv = (inject: Inject, text: string) =>
  inject({
    method: 'POST',
    url: `${API}/target-imports`,
    payload: text,
    headers: { 'content-type': 'text/csv' },
  });
const count = () => rowCount(t.db, 'coverage_target');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook whose first sheet has the Vietnamese header and these rows. */
async function workbook(rows: (string | number)[][]): Promise<Buffer> {
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
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}
const postXlsx = (inject: Inject, data: Buffer) =>
  inject({
    method: 'POST',
    url: `${API}/target-imports`,
    payload: data,
    headers: { 'content-type': XLSX },
  });

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.as('hp.officer');
});
afterAll(() => t.close());

describe('seed', () => {
  it('loads the seed rows once and skips the Hải Dương 2030 rows (no such province in 2030)', async () => {
    const before = await count();
    expect(before).toBe(20); // 22 rows less the two 2030 rows
    const again = await seedTargets(t.db);
    expect(again).toEqual({ inserted: 0, skipped: [22, 23] });
    expect(await count()).toBe(before);
  });
});

describe('imports', () => {
  it('imports every row by code or seed name, with one audit event', async () => {
    const reply = await postCsv(
      t.inject,
      csv(
        'province,31,HI,coverage_rate,2027,97,population,Kế hoạch 2027',
        'province,01,SI,coverage_rate,2027,50.5,working_age_labour_force,Kế hoạch 2027',
        'country,VN,UI,coverage_rate,2027,36,working_age_labour_force,Kế hoạch 2027',
      ),
    );
    expect(reply.statusCode, reply.body).toBe(200);
    expect(reply.json()).toEqual({ rows: 3, inserted: 3 });
    expect((await lastAuditEvent(t.db)).action).toBe('coverage.target.import');
  });

  it('refuses the whole file and names each bad row by line, field and reason', async () => {
    const [targets, audits] = [await count(), await auditCount(t.db)];
    const reply = await postCsv(
      t.inject,
      csv(
        'province,31,HI,coverage_rate,2028,97,population,ok',
        'province,31,SI,coverage_rate,2028,101,working_age_labour_force,too high',
        'province,99,UI,coverage_rate,2028,30,working_age_labour_force,no such province',
        'province,31,UI,participants,2028,-4,working_age_labour_force,negative',
        'province,31,HI,coverage_rate,2027,97,population,already there',
      ),
    );
    expect(reply.statusCode).toBe(400);
    expect(reply.json().code).toBe('COVERAGE_IMPORT_INVALID');
    const errors = reply.json().details.errors as {
      line: number;
      field: string;
      messageVi: string;
    }[];
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'target_percent'],
      [4, 'locality'],
      [5, 'target_percent'],
      [6, 'locality'],
    ]);
    expect(errors.every((e) => e.messageVi.length > 0)).toBe(true);
    expect([await count(), await auditCount(t.db)]).toEqual([targets, audits]);
  });

  it('refuses a Hải Phòng officer a file with a Hà Nội row, importing none of it', async () => {
    const before = await count();
    const reply = await postCsv(
      officer,
      csv(
        'province,31,UI,coverage_rate,2029,40,working_age_labour_force,ok',
        'province,01,UI,coverage_rate,2029,40,working_age_labour_force,not ours',
      ),
    );
    expect(reply.statusCode).toBe(400);
    expect(reply.json().details.errors).toMatchObject([{ line: 3, field: 'locality' }]);
    expect(await count()).toBe(before);
  });
});

describe('XLSX imports', () => {
  it('imports a workbook and lists its targets back as written', async () => {
    const data = await workbook([
      ['province', '31', 'HI', 'coverage_rate', 2032, 96.25, 'population', 'Nghị quyết 2032'],
      ['province', '31', 'SI_VOLUNTARY', 'participants', 2032, 123456, 'group', 'Nghị quyết 2032'],
    ]);
    const reply = await postXlsx(officer, data);
    expect(reply.statusCode, reply.body).toBe(200);
    expect(reply.json()).toEqual({ rows: 2, inserted: 2 });
    const audit = await lastAuditEvent(t.db);
    expect([audit.action, audit.actor]).toEqual(['coverage.target.import', 'hp.officer']);
    const list = await t.inject({ method: 'GET', url: `${API}/targets?locality=31&year=2032` });
    const items = list.json().items as { scheme: string; value: number; source: string }[];
    expect(items.map((i) => [i.scheme, i.value, i.source]).sort()).toEqual([
      ['HI', 96.25, 'Nghị quyết 2032'],
      ['SI_VOLUNTARY', 123456, 'Nghị quyết 2032'],
    ]);
  });

  it('refuses a workbook with a bad row, naming its spreadsheet row, and writes nothing', async () => {
    const [targets, audits] = [await count(), await auditCount(t.db)];
    const data = await workbook([
      ['province', '31', 'UI', 'coverage_rate', 2033, 40, 'working_age_labour_force', 'ok'],
      ['province', '31', 'HI', 'coverage_rate', 2033, 140, 'population', 'too high'],
      ['province', '31', 'SI', 'coverage_rate', 2033, 50, 'working_age_labour_force', 'ok'],
    ]);
    const reply = await postXlsx(officer, data);
    expect(reply.statusCode).toBe(400);
    expect(reply.json().code).toBe('COVERAGE_IMPORT_INVALID');
    expect(reply.json().details.errors).toMatchObject([
      { line: 3, field: 'target_percent', messageVi: expect.stringContaining('140') },
    ]);
    expect([await count(), await auditCount(t.db)]).toEqual([targets, audits]);
  });

  it('documents both content types of the upload in the OpenAPI document', async () => {
    const doc = (await t.inject({ method: 'GET', url: '/docs/json' })).json();
    const body = doc.paths['/api/v1/coverage/target-imports'].post.requestBody;
    expect(Object.keys(body.content).sort()).toEqual([XLSX, 'text/csv']);
  });

  it('refuses a body that is neither CSV nor XLSX, and bytes that are not a workbook', async () => {
    const json = await t.inject({
      method: 'POST',
      url: `${API}/target-imports`,
      payload: { rows: [] },
    });
    expect([json.statusCode, json.json().code]).toEqual([415, 'IMPORT_CONTENT_TYPE']);
    const fake = await postXlsx(t.inject, Buffer.from('not a workbook'));
    expect([fake.statusCode, fake.json().code]).toEqual([400, 'IMPORT_XLSX_INVALID']);
  });
});

describe('plans', () => {
  async function targetId(query: string) {
    const list = await t.inject({ method: 'GET', url: `${API}/targets?${query}` });
    return list.json().items[0].id as number;
  }

  it('breaks a rate target into 12 cumulative months from the start-of-year rate', async () => {
    const id = await targetId('locality=VN&year=2025&scheme=HI');
    const reply = await t.inject({
      method: 'POST',
      url: `${API}/targets/${id}/plans`,
      payload: { periodKind: 'month', startValue: 94.29 },
    });
    expect(reply.statusCode, reply.body).toBe(200);
    const items = reply.json().items as { periodStart: string; value: number }[];
    expect(items).toHaveLength(12);
    expect(items[0]).toEqual({ periodStart: '2025-01-01', value: 94.36 });
    expect(items[11]).toEqual({ periodStart: '2025-12-01', value: 95.15 });
    expect((await lastAuditEvent(t.db)).action).toBe('coverage.plan.replace');
  });

  it('replaces the weekly plan on a second call and keeps the monthly one', async () => {
    const id = await targetId('locality=VN&year=2025&scheme=UI');
    const post = (startValue: number) =>
      t.inject({
        method: 'POST',
        url: `${API}/targets/${id}/plans`,
        payload: { periodKind: 'week', startValue },
      });
    await t.inject({
      method: 'POST',
      url: `${API}/targets/${id}/plans`,
      payload: { periodKind: 'month', startValue: 34.18 },
    });
    await post(30);
    expect((await post(34.18)).statusCode).toBe(200);
    const plans = await t.inject({ method: 'GET', url: `${API}/targets/${id}/plans` });
    const byKind = Object.fromEntries(
      plans
        .json()
        .items.map((p: { periodKind: string; items: unknown[] }) => [p.periodKind, p.items]),
    );
    expect(byKind.month).toHaveLength(12);
    expect(byKind.week).toHaveLength(52);
    expect(byKind.week[0]).toEqual({ periodStart: '2024-12-30', value: 34.19 });
  });

  it('refuses a rate plan without a start value, and weights of the wrong length', async () => {
    const id = await targetId('locality=VN&year=2025&scheme=SI');
    const url = `${API}/targets/${id}/plans`;
    const none = await t.inject({ method: 'POST', url, payload: { periodKind: 'month' } });
    expect(none.json().code).toBe('COVERAGE_PLAN_START_REQUIRED');
    const bad = await t.inject({
      method: 'POST',
      url,
      payload: { periodKind: 'month', startValue: 42.71, weights: [1, 2, 3] },
    });
    expect(bad.statusCode).toBe(400);
    const plans = await t.inject({ method: 'GET', url });
    expect(plans.json().items).toEqual([]);
  });

  it('refuses a Hải Phòng officer a plan of a national target', async () => {
    const id = await targetId('locality=VN&year=2025&scheme=HI');
    const reply = await officer({
      method: 'POST',
      url: `${API}/targets/${id}/plans`,
      payload: { periodKind: 'week', startValue: 94 },
    });
    expect(reply.statusCode).toBe(403);
  });
});
