// `ansinh coverage rebuild-facts --from YYYY-MM --to YYYY-MM`: recounts the coverage facts of
// those months from the registry and enrolment (after bulk loads, which bypass the incremental
// upkeep), printing each month as it is committed.
// `ansinh coverage import-targets <file.csv|file.xlsx>`: the import of POST /target-imports, as
// the system actor `cli:<OS user>` (audited): all rows or none, each bad row printed.
import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import type { Db } from '../../db-schema.js';
import { systemActor } from '../../platform/auth-context.js';
import { AppError } from '../../platform/errors.js';
import { rebuildFacts } from './facts.service.js';
import type { LineError } from './coverage.errors.js';
import { importTargetFile } from './imports.service.js';

type WithDb = <T>(run: (db: Db) => Promise<T>) => Promise<T>;

const num = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

export function registerCoverageCommands(program: Command, withDb: WithDb): void {
  const coverage = program.command('coverage').description('coverage against targets');
  coverage
    .command('rebuild-facts')
    .description('recount the coverage facts of some months from scratch')
    .requiredOption('--from <YYYY-MM>', 'first month')
    .requiredOption('--to <YYYY-MM>', 'last month')
    .action((o: { from: string; to: string }) =>
      withDb(async (db) => {
        const started = Date.now();
        const counts = await rebuildFacts(db, {
          from: o.from,
          to: o.to,
          onMonth: (c) =>
            console.log(
              `${c.month}: ${num(c.participants)} người tham gia / participants, ${num(c.rows)} dòng / rows`,
            ),
        });
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(
          `Đã tính lại ${counts.length} tháng / rebuilt ${counts.length} months in ${seconds} s`,
        );
      }),
    );
  coverage
    .command('import-targets <file>')
    .description('import coverage targets from a CSV or XLSX file (all rows or none)')
    .action((file: string) => withDb((db) => importTargets(db, file)));
}

async function importTargets(db: Db, file: string) {
  const actor = systemActor(`cli:${os.userInfo().username}`);
  const format = /\.xlsx$/i.test(file) ? 'xlsx' : 'csv';
  try {
    const result = await importTargetFile(db, actor, fs.readFileSync(file), format);
    console.log(
      `Đã nhập ${num(result.inserted)} chỉ tiêu / imported ${num(result.inserted)} targets`,
    );
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'COVERAGE_IMPORT_INVALID')) throw error;
    console.error(`Lỗi: ${error.messageVi}\nError: ${error.message}`);
    for (const e of (error.details as { errors: LineError[] }).errors)
      console.error(`dòng/line ${e.line} ${e.field}: ${e.messageVi} / ${e.message}`);
    process.exitCode = 1;
  }
}
