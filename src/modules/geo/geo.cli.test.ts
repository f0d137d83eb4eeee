import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliTestBed } from '../../../tests/helpers/cli.js';
import { registerGeoCommands } from './geo.cli.js';

const { run } = cliTestBed(registerGeoCommands);

describe('ansinh geo', () => {
  it('show <code> --at <date> prints the unit that code named then', async () => {
    expect(await run('geo', 'show', '15', '--at', '2024-01-01')).toContain(
      '15  Tỉnh Yên Bái  (province)',
    );
    expect(await run('geo', 'show', '15', '--at', '2025-07-01')).toContain(
      '15  Tỉnh Lào Cai  (province)',
    );
  });

  it("map <old-code> prints today's units with shares", async () => {
    const out = await run('geo', 'map', '30');
    expect(out).toMatch(/30 {2}Tỉnh Hải Dương/);
    expect(out).toMatch(/1\.000000000 {2}31 {2}Thành phố Hải Phòng {2}\[whole\]/);
  });

  it('prints errors in Vietnamese and English and exits with 1', async () => {
    const out = await run('geo', 'show', '30', '--at', '2026-01-01');
    expect(out).toContain('Lỗi: Mã 30 không ứng với đơn vị nào');
    expect(out).toContain('Error: Code 30 names no unit on 2026-01-01');
    expect(process.exitCode).toBe(1);
  });

  it('import-denominators loads a CSV file', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-cli-')), 'd.csv');
    fs.writeFileSync(
      file,
      'code,year,kind,value,source,synthetic\n30,2024,population,1000,test,true\n',
    );
    expect(await run('geo', 'import-denominators', file)).toContain(
      'imported 1 rows (1 new, 0 updated)',
    );
  });
});
