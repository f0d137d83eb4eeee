import { describe, expect, it } from 'vitest';
import { cliTestBed } from '../../tests/helpers/cli.js';
import { registerGenerateCommands } from './generate.cli.js';

const { run, db } = cliTestBed(registerGenerateCommands);

describe('ansinh generate', () => {
  it('generates a province and prints what it wrote', async () => {
    const out = await run('generate', '--province', '48', '--persons', '400', '--seed', '9');
    expect(out).toMatch(/province 48: 400 persons in \d+ households/);
    expect(out).toMatch(/hi_card: \d+/);
    const persons = await db()
      .selectFrom('person')
      .innerJoin('household', 'household.id', 'person.household_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('household.code', 'like', 'G48%')
      .executeTakeFirstOrThrow();
    expect(Number(persons.n)).toBe(400);
  });

  it('refuses a second run without --append, and an unknown province, in both languages', async () => {
    const again = await run('generate', '--province', '48', '--persons', '10');
    expect(again).toContain('Lỗi: Tỉnh/thành phố 48 đã có dữ liệu sinh tự động');
    expect(again).toContain('use --append');
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    const unknown = await run('generate', '--province', '99', '--persons', '10');
    expect(unknown).toContain('Error: No province has code "99"');
    expect(await run('generate', '--province', '48', '--persons', 'many')).toContain('integer');
  });
});
