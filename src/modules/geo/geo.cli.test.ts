import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliRunner } from '../../../tests/helpers/cli.js';
import { createTestDatabase } from '../../../tests/helpers/test-db.js';
import type { DB } from '../../db-schema.js';
import type { Database } from '../../platform/db/database.js';
import { registerGeoCommands } from './geo.cli.js';

let database: Database<DB>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const run = cliRunner(registerGeoCommands, () => database.kysely);

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
