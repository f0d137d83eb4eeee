import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { cliTestBed } from '../../../tests/helpers/cli.js';
import { auditCount, lastAuditEvent, rowCount } from '../../../tests/helpers/test-app.js';
import { registerCoverageCommands } from './coverage.cli.js';

const { run, db } = cliTestBed(registerCoverageCommands);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-targets-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const HEADER = 'locality_kind,locality,scheme,measure,year,target_percent,denominator_kind,source';

describe('ansinh coverage rebuild-facts', () => {
  it('prints each month with the participants it wrote', async () => {
    const out = await run('coverage', 'rebuild-facts', '--from', '2025-12', '--to', '2026-01');
    const { rows } = await sql<{ month: string; n: number }>`
      select to_char(month, 'YYYY-MM') as month, sum(participants)::int as n
      from coverage_fact where month between '2025-12-01' and '2026-01-01'
      group by month order by month`.execute(db());
    expect(rows.map((r) => r.month)).toEqual(['2025-12', '2026-01']);
    expect(rows[0]!.n).toBeGreaterThan(1000);
    const fmt = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
    for (const r of rows) expect(out).toContain(`${r.month}: ${fmt(r.n)} người tham gia`);
    expect(out).toContain('Đã tính lại 2 tháng / rebuilt 2 months');
    expect(process.exitCode).toBeUndefined();
  });

  it('refuses a reversed range with both messages and exit code 1', async () => {
    const out = await run('coverage', 'rebuild-facts', '--from', '2026-02', '--to', '2026-01');
    expect(out).toContain('Lỗi: Tháng phải có dạng YYYY-MM');
    expect(out).toContain('Error: Months must be YYYY-MM');
    expect(process.exitCode).toBe(1);
  });
});

describe('ansinh coverage import-targets', () => {
  it('imports a CSV file as the CLI actor, audited', async () => {
    const file = path.join(dir, 'chi-tieu.csv');
    fs.writeFileSync(
      file,
      [
        HEADER,
        'province,31,HI,coverage_rate,2034,96,population,Kế hoạch 2034',
        'country,VN,UI,coverage_rate,2034,40,working_age_labour_force,Kế hoạch 2034',
      ].join('\n'),
    );
    const out = await run('coverage', 'import-targets', file);
    expect(out).toContain('Đã nhập 2 chỉ tiêu / imported 2 targets');
    const audit = await lastAuditEvent(db());
    expect([audit.action, audit.actor]).toEqual([
      'coverage.target.import',
      `cli:${os.userInfo().username}`,
    ]);
    expect(process.exitCode).toBeUndefined();
  });

  it('prints each bad row of a workbook by its row and imports none, exit code 1', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Chỉ tiêu');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['province', '31', 'SI', 'coverage_rate', 2035, 50, 'labour_force', 'ok']);
    sheet.addRow(['province', '99', 'SI', 'coverage_rate', 2035, 50, 'labour_force', 'no 99']);
    const file = path.join(dir, 'chi-tieu.xlsx');
    await book.xlsx.writeFile(file);
    const [targets, audits] = [await rowCount(db(), 'coverage_target'), await auditCount(db())];
    const out = await run('coverage', 'import-targets', file);
    expect(out).toContain('Lỗi: Tệp có 1 dòng không hợp lệ; không chỉ tiêu nào được nhập');
    expect(out).toContain('dòng/line 3 locality: không có địa phương 99 trong năm 2035');
    expect(process.exitCode).toBe(1);
    expect([await rowCount(db(), 'coverage_target'), await auditCount(db())]).toEqual([
      targets,
      audits,
    ]);
  });
});
