// The report over HTTP on the test app's generated Hải Phòng (31): a run is audited once, made
// in the background, and its XLSX and PDF carry the coverage boards' own figures; bad periods,
// unknown localities and callers without the permission or the area are refused up front.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditCount,
  createTestApp,
  lastAuditEvent,
  type Inject,
  type TestApp,
} from '../../../tests/helpers/test-app.js';
import { todayInVietnam } from '../../platform/dates.js';
import { localityBoard } from '../coverage/index.js';
import { reportPeriod } from './period.rules.js';
import type { ReportJobJson } from './report.presenter.js';
import { readPdf, readWorkbook } from './report.test-helpers.js';
import { REPORT_TITLE } from './layout.rules.js';

const API = '/api/v1/reports/coverage';
const today = todayInVietnam();
// the month before this one keeps the run off today's still-changing figures (January: this one)
const month = (() => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? today.slice(0, 7) : `${y}-${String(m - 1).padStart(2, '0')}`;
})();
const next = (() => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
})();

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

const start = (inject: Inject, payload: object) => inject({ method: 'POST', url: API, payload });

async function finished(inject: Inject, id: string): Promise<ReportJobJson> {
  for (;;) {
    const job = (await inject({ method: 'GET', url: `${API}/${id}` })).json<ReportJobJson>();
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('POST /reports/coverage', () => {
  it('makes the XLSX and the PDF from the boards, recording one audit event', async () => {
    const before = await auditCount(t.db);
    const reply = await start(t.inject, { locality: '31', period: month, schemes: ['UI', 'HI'] });
    expect(reply.statusCode, reply.body).toBe(202);
    const started = reply.json<ReportJobJson>();
    expect(started).toMatchObject({ status: 'running', schemes: ['HI', 'UI'], period: month });
    expect(await auditCount(t.db)).toBe(before + 1);
    expect(await lastAuditEvent(t.db)).toMatchObject({
      action: 'reports.coverage.generate',
      entity_id: started.id,
    });

    const job = await finished(t.inject, started.id);
    expect(job).toMatchObject({ status: 'done', locality: { name: 'Thành phố Hải Phòng' } });
    expect(job.progress).toMatchObject({ done: 4, total: 4, step: 'done' });
    expect(await auditCount(t.db)).toBe(before + 1);

    const xlsx = await t.inject({ method: 'GET', url: job.files!.xlsx });
    expect(xlsx.headers['content-disposition']).toContain(`bao-cao-bao-phu-31-${month}.xlsx`);
    const book = await readWorkbook(xlsx.rawPayload);
    const sheet = book.getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('A1').value).toBe(REPORT_TITLE);
    const at = reportPeriod(month, today).at;
    const hi = await localityBoard(t.db, { code: '31', at, scheme: 'HI' });
    expect(hi.summary.participants).toBeGreaterThan(0);
    expect(sheet.getCell('B7').value).toBe('Bảo hiểm y tế (BHYT)');
    expect(sheet.getCell('C7').value).toBe(hi.summary.participants);
    expect(sheet.getCell('D7').value).toBe(hi.summary.denominator!.value);
    expect(sheet.getCell('E7').value).toBe(hi.summary.ratePercent);
    const communes = book.getWorksheet('Địa bàn - BHYT')!;
    const first = [...hi.children].sort((a, b) => a.code.localeCompare(b.code))[0]!;
    expect(communes.getCell('B8').value).toBe(first.code);
    expect(communes.getCell('D8').value).toBe(first.participants);

    const pdf = await t.inject({ method: 'GET', url: job.files!.pdf });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { pages, text } = await readPdf(pdf.rawPayload);
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain(REPORT_TITLE);
    expect(text).toContain('Thành phố Hải Phòng');
  }, 60_000);

  it('refuses a period that is not a month, or a month to come', async () => {
    for (const [period, status, code] of [
      ['2025-13', 400, 'REPORT_PERIOD_INVALID'],
      ['11/2025', 400, 'REPORT_PERIOD_INVALID'],
      [next, 422, 'REPORT_PERIOD_FUTURE'],
    ] as const) {
      const reply = await start(t.inject, { locality: '31', period });
      expect(reply.statusCode, period).toBe(status);
      expect(reply.json(), period).toMatchObject({ code });
    }
  });

  it("refuses an unknown locality with coverage's error, and an unknown scheme", async () => {
    const before = await auditCount(t.db);
    const unknown = await start(t.inject, { locality: '99', period: month });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'COVERAGE_LOCALITY_UNKNOWN' });
    const scheme = await start(t.inject, { locality: '31', period: month, schemes: ['XX'] });
    expect(scheme.statusCode).toBe(400);
    expect(await auditCount(t.db)).toBe(before);
  });

  it('lets the steering committee report on its province only', async () => {
    const steering = await t.as('steering');
    const other = await start(steering, { locality: '01', period: month });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'AUTH_OUT_OF_SCOPE' });
    const own = await start(steering, { locality: '31', period: month, schemes: ['HI'] });
    expect(own.statusCode, own.body).toBe(202);
    const id = own.json<ReportJobJson>().id;
    // its files exist once it is done (a run on cached boards can be done already: the 409
    // of a running one is tested in report.jobs.test.ts)
    const early = await steering({ method: 'GET', url: `${API}/${id}/xlsx` });
    if (early.statusCode !== 200) {
      expect(early.statusCode).toBe(409);
      expect(early.json()).toMatchObject({ code: 'REPORT_NOT_READY' });
    }
    expect((await finished(steering, id)).status).toBe('done');
    // a run is seen by whoever started it only
    const peek = await t.inject({ method: 'GET', url: `${API}/${id}` });
    expect(peek.statusCode).toBe(404);
    expect(peek.json()).toMatchObject({ code: 'REPORT_NOT_FOUND' });
  }, 60_000);

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.inject({ method: 'GET', url: '/docs/json' })).json<{ paths: object }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([API, `${API}/{id}`, `${API}/{id}/xlsx`, `${API}/{id}/pdf`]),
    );
  });

  it('refuses callers without coverage.read', async () => {
    const facility = await t.as('facility');
    const reply = await start(facility, { locality: '31', period: month });
    expect(reply.statusCode).toBe(403);
  });
});
