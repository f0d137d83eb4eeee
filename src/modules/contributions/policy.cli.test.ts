import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cliTestBed } from '../../../tests/helpers/cli.js';
import { registerPolicyCommands } from './policy.cli.js';

const { run, db } = cliTestBed(registerPolicyCommands);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-policy-cli-'));

function draftFile(name: string, sharePercent: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    JSON.stringify({
      code: 'CLI-DRAFT',
      nameVi: 'Dự thảo hỗ trợ hộ gia đình',
      nameEn: 'Draft household support',
      issuerProvinceCode: '31',
      scheme: 'hi',
      condition: { groups: ['GD'] },
      sharePercent,
      stacking: 'add',
      validFrom: '2026-01-01',
      legalRef: 'Dự thảo',
    }),
  );
  return file;
}

const base = ['policy', 'simulate', '--province', '31', '--at', '2026-03-01', '--take-up', '0.6'];

describe('ansinh policy simulate', () => {
  it('prints a Vietnamese summary of a stored policy, amounts as 1.234.567 ₫', async () => {
    const { id } = await db()
      .selectFrom('support_policy')
      .select('id')
      .where('code', '=', 'HP-2025-NCT')
      .executeTakeFirstOrThrow();
    const out = await run(...base, '--policy', String(id));
    expect(out).toContain('Mô phỏng — tỉnh 31, ngày 01/03/2026, tỷ lệ tham gia giả định 60%');
    expect(out).toMatch(/Chi ngân sách địa phương\/năm: +[\d.]+ ₫/);
    expect(out).toContain('Phí BHYT một người/năm:        1.263.600 ₫');
  });

  it('compares a draft file with another and writes the workbook', async () => {
    const xlsx = path.join(dir, 'out.xlsx');
    const out = await run(
      ...base,
      '--draft',
      draftFile('a.json', '10'),
      '--compare',
      draftFile('b.json', '20'),
      '--xlsx',
      xlsx,
    );
    expect(out).toContain('Phương án A');
    expect(out).toContain('Phương án B');
    expect(out).toMatch(/Chênh lệch chi NS địa phương\/năm \(B − A\): [\d.]+ ₫/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.getWorksheet('Tổng hợp')).toBeDefined();
  });

  it('refuses a draft file that is not a policy, in both languages', async () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ code: 'X' }));
    const out = await run(...base, '--draft', file);
    expect(out).toContain('Lỗi: Yêu cầu không hợp lệ');
    expect(process.exitCode).toBe(1);
  });

  it('refuses a take-up outside 0..1', async () => {
    const out = await run(...base.slice(0, -1), '1.2', '--policy', '1');
    expect(out).toContain('cần số từ 0 đến 1');
  });
});
