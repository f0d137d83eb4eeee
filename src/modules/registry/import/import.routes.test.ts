import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Inject, type TestApp } from '../../../../tests/helpers/test-app.js';
import { demoPlaces, type DemoPlaces } from '../../../demo-places.js';
import { nationalIdFor, personsCsv } from './import.fixtures.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let t: TestApp;
let places: DemoPlaces;
beforeAll(async () => {
  t = await createTestApp();
  places = await demoPlaces(t.db);
});
afterAll(() => t.close());

interface Job {
  id: number;
  status: string;
  rowsRead: number;
  rowsInserted: number;
  rowsUnchanged: number;
  rowsRejected: number;
  error: { code: string } | null;
}

async function importFile(inject: Inject, query: string, body: string | Buffer, type = 'text/csv') {
  const reply = await inject({
    method: 'POST',
    url: `/api/v1/registry/imports?${query}`,
    payload: body,
    headers: { 'content-type': type },
  });
  if (reply.statusCode !== 202) return { reply, job: null };
  let job = reply.json() as Job;
  while (job.status === 'queued' || job.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    job = (
      await inject({ method: 'GET', url: `/api/v1/registry/imports/${job.id}` })
    ).json() as Job;
  }
  return { reply, job };
}

const personCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('person')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('POST /api/v1/registry/imports', () => {
  it('imports persons in the background and reports progress', async () => {
    const commune = places.communesFromHaiDuong[0]!.code;
    const { reply, job } = await importFile(
      t.inject,
      'kind=persons',
      personsCsv([
        { n: 501, commune },
        { n: 502, commune },
      ]),
    );
    expect(reply.statusCode).toBe(202);
    expect(job).toMatchObject({ status: 'done', rowsRead: 2, rowsInserted: 2, rowsRejected: 0 });
  });

  it('writes nothing when one row is rejected, and lists it in the report', async () => {
    const commune = places.communesFromHaiDuong[0]!.code;
    const before = await personCount();
    const csv = personsCsv([
      { n: 511, commune },
      { n: 512, commune: '99999' },
      { n: 513, commune, birthDate: '31/02/1990' },
    ]);
    const { job } = await importFile(t.inject, 'kind=persons', csv);
    expect(job).toMatchObject({
      status: 'rejected',
      rowsRead: 3,
      rowsRejected: 2,
      rowsInserted: 0,
    });
    expect(await personCount()).toBe(before);
    const report = await t.inject({
      method: 'GET',
      url: `/api/v1/registry/imports/${job!.id}/rejections.csv`,
    });
    expect(report.headers['content-type']).toContain('text/csv');
    const lines = report.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('line,field,code,reason_vi,reason_en');
    expect(lines[1]).toMatch(
      /^3,commune_code,COMMUNE_UNKNOWN,không có xã nào mang mã 99999,no commune has the code 99999$/,
    );
    expect(lines[2]).toMatch(/^4,birth_date,DATE_INVALID,/);
  });

  it("rejects rows in communes outside the caller's area; jobs are the caller's own", async () => {
    const officer = await t.as('commune.officer');
    const inside = places.communesFromHaiDuong[0]!.code;
    const outside = places.elsewhere[0]!.code;
    const csv = personsCsv([
      { n: 521, commune: inside },
      { n: 522, commune: outside },
    ]);
    const { job } = await importFile(officer, 'kind=persons&batchSize=1', csv);
    expect(job).toMatchObject({ status: 'done', rowsInserted: 1, rowsRejected: 1 });
    const report = await officer({
      method: 'GET',
      url: `/api/v1/registry/imports/${job!.id}/rejections.csv`,
    });
    expect(report.body).toContain('3,commune_code,COMMUNE_OUT_OF_AREA');
    const other = await t.as('agent');
    expect(
      (await other({ method: 'GET', url: `/api/v1/registry/imports/${job!.id}` })).statusCode,
    ).toBe(404);
  });

  it('reads XLSX date cells as the dates they show', async () => {
    const commune = places.communesFromHaiDuong[0]!.code;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Số định danh', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Mã xã']);
    sheet.addRow([
      nationalIdFor(531, '1985-12-31', 'female'),
      'Trần Thị Cúc',
      new Date(Date.UTC(1985, 11, 31)),
      'Nữ',
      commune,
    ]);
    sheet.getCell('C2').numFmt = 'dd/mm/yyyy';
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    const { job } = await importFile(t.inject, 'kind=persons', body, XLSX);
    expect(job).toMatchObject({ status: 'done', rowsInserted: 1 });
    const saved = await t.db
      .selectFrom('person')
      .select(['birth_date', 'sex'])
      .where('national_id', '=', nationalIdFor(531, '1985-12-31', 'female'))
      .executeTakeFirstOrThrow();
    expect(saved).toEqual({ birth_date: '1985-12-31', sex: 'female' });
  });

  it('refuses a wrong header at once, and a body that is not a file', async () => {
    const { reply } = await importFile(t.inject, 'kind=persons', 'so_dinh_danh,ho_ten,colour\n');
    expect(reply.statusCode).toBe(400);
    expect(reply.json()).toMatchObject({
      code: 'IMPORT_HEADER_INVALID',
      details: { missing: ['birth_date', 'sex', 'commune_code'], unknown: ['colour'] },
    });
    const json = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/imports?kind=persons',
      payload: { a: 1 },
    });
    expect(json.statusCode).toBe(415);
  });

  it('refuses a file that is not UTF-8 before opening a job, and reads one with a BOM', async () => {
    const commune = places.communesFromHaiDuong[0]!.code;
    const latin1 = Buffer.from(
      personsCsv([{ n: 541, commune, name: 'Nguyen Van Tu' }]).replace('Tu', 'T\u00fa'),
      'latin1',
    );
    const { reply } = await importFile(t.inject, 'kind=persons', latin1);
    expect(reply.statusCode).toBe(400);
    expect(reply.json()).toMatchObject({ code: 'IMPORT_ENCODING_NOT_UTF8', details: { line: 2 } });
    const bom = `\uFEFF${personsCsv([{ n: 542, commune }])}`;
    const { job } = await importFile(t.inject, 'kind=persons', bom);
    expect(job).toMatchObject({ status: 'done', rowsInserted: 1 });
  });

  it('needs registry.write', async () => {
    const analyst = await t.as('analyst');
    const { reply } = await importFile(analyst, 'kind=persons', 'national_id\n');
    expect(reply.statusCode).toBe(403);
  });
});
