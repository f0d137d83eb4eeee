import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliTestBed } from '../../../tests/helpers/cli.js';
import { lastAuditEvent } from '../../../tests/helpers/test-app.js';
import { todayInVietnam } from '../../platform/dates.js';
import { REPORT_TITLE } from './layout.rules.js';
import { registerReportCommands } from './report.cli.js';
import { readPdf, readWorkbook } from './report.test-helpers.js';

const { run, db } = cliTestBed(registerReportCommands);
const month = todayInVietnam().slice(0, 7);

describe('ansinh report coverage', () => {
  it('writes the XLSX and the PDF into --out and names them', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-report-'));
    try {
      const printed = await run(
        'report',
        'coverage',
        '--locality',
        '31',
        '--period',
        month,
        '--scheme',
        'hi,ui',
        '--out',
        out,
      );
      const base = path.join(out, `bao-cao-bao-phu-31-${month}`);
      expect(printed).toContain(
        `Báo cáo Thành phố Hải Phòng, Tháng ${month.slice(5)}/${month.slice(0, 4)}`,
      );
      expect(printed).toContain(`${base}.xlsx`);
      expect(process.exitCode).toBeUndefined();
      const book = await readWorkbook(fs.readFileSync(`${base}.xlsx`));
      expect(book.worksheets.map((s) => s.name)).toContain('Địa bàn - BHTN');
      expect((await readPdf(fs.readFileSync(`${base}.pdf`))).text).toContain(REPORT_TITLE);
      expect(await lastAuditEvent(db())).toMatchObject({
        action: 'reports.coverage.generate',
        actor: `cli:${os.userInfo().username}`,
      });
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a future month with both messages and exit code 1', async () => {
    const printed = await run('report', 'coverage', '--locality', '31', '--period', '2999-01');
    expect(printed).toContain('Lỗi: Tháng 01/2999 chưa đến');
    expect(printed).toContain('Error: Month 01/2999 has not begun');
    expect(process.exitCode).toBe(1);
  });

  it('refuses an unknown scheme before opening anything', async () => {
    const printed = await run(
      'report',
      'coverage',
      '--locality',
      '31',
      '--period',
      month,
      '--scheme',
      'XX',
    );
    expect(printed).toContain('XX');
    expect(process.exitCode).toBe(1);
  });
});
