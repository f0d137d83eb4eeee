// `ansinh coverage rebuild-facts --from YYYY-MM --to YYYY-MM`: recounts the coverage facts of
// those months from the registry and enrolment (after bulk loads, which bypass the incremental
// upkeep), printing each month as it is committed.
import type { Command } from 'commander';
import type { Db } from '../../db-schema.js';
import { rebuildFacts } from './facts.service.js';

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
}
