import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliTestBed } from '../../../../tests/helpers/cli.js';
import { demoPlaces } from '../../../demo-places.js';
import { registerImportCommands } from './import.cli.js';
import { personsCsv } from './import.fixtures.js';

const { run, db } = cliTestBed(registerImportCommands);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-import-cli-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const count = async (table: 'person' | 'person_residence' | 'household') =>
  Number(
    (
      await db()
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('ansinh import persons', () => {
  it('imports a file, then changes nothing when it runs again', async () => {
    const commune = (await demoPlaces(db())).communesFromHaiDuong[0]!.code;
    const file = write('p.csv', personsCsv([1, 2, 3].map((n) => ({ n: 900 + n, commune }))));
    const before = await count('person');
    const first = await run('import', 'persons', file);
    expect(first).toContain('thêm/inserted 3');
    expect(await count('person')).toBe(before + 3);
    const again = await run('import', 'persons', file);
    expect(again).toContain('thêm/inserted 0');
    expect(again).toContain('không đổi/unchanged 3');
    expect(await count('person')).toBe(before + 3);
  });
});
