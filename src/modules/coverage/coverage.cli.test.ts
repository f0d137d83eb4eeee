import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { cliTestBed } from '../../../tests/helpers/cli.js';
import { registerCoverageCommands } from './coverage.cli.js';

const { run, db } = cliTestBed(registerCoverageCommands);

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
