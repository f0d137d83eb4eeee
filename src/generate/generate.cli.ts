// `ansinh generate --province <code> --persons <N> --seed <S>`: a synthetic province, with a
// progress bar on stderr. Prints what it wrote; the same seed and count give the same data.
import cliProgress from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import type { Db } from '../db-schema.js';
import { isCivilDate, todayInVietnam } from '../platform/dates.js';
import { generateProvince } from './generate.js';

type WithDb = <T>(run: (db: Db) => Promise<T>) => Promise<T>;

function integer(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('expected an integer / cần số nguyên');
  return Number(value);
}

function civilDate(value: string): string {
  if (!isCivilDate(value))
    throw new InvalidArgumentError('expected a date YYYY-MM-DD / cần ngày dạng YYYY-MM-DD');
  return value;
}

interface Options {
  province: string;
  persons: number;
  seed: number;
  append?: boolean;
  fast?: boolean;
  asOf: string;
}

export function registerGenerateCommands(program: Command, withDb: WithDb): void {
  program
    .command('generate')
    .description('generate a synthetic province: households, persons, employers, coverage, cards')
    .requiredOption('--province <code>', 'province code valid today, e.g. 31 (Hải Phòng)')
    .option('--persons <n>', 'number of persons', integer, 100_000)
    .option('--seed <s>', 'random seed: the same seed and count give the same data', integer, 1)
    .option('--append', 'add to a province that already has generated data')
    .option(
      '--fast',
      'set indexes aside while loading (default on the embedded database; on a server only when nobody else writes)',
    )
    .option(
      '--as-of <date>',
      'reference date YYYY-MM-DD for ages and card validity',
      civilDate,
      todayInVietnam(),
    )
    .action((opts: Options) =>
      withDb(async (db) => {
        const bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: ' {bar} {percentage}% | {value}/{total} persons | ETA {eta_formatted}',
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(opts.persons, 0);
        const started = Date.now();
        try {
          const summary = await generateProvince(db, {
            provinceCode: opts.province,
            persons: opts.persons,
            seed: opts.seed,
            asOf: opts.asOf,
            ...(opts.append ? { append: true } : {}),
            ...(opts.fast ? { fast: true } : {}),
            onProgress: (done) => bar.update(done),
          });
          bar.stop();
          const seconds = (Date.now() - started) / 1000;
          console.log(
            `province ${summary.provinceCode}: ${summary.persons} persons in ${summary.households} households, ${summary.employers} employers, ${summary.facilities} facilities (${seconds.toFixed(1)} s, ${Math.round(summary.persons / seconds)} persons/s)`,
          );
          for (const [table, n] of Object.entries(summary.rows)) console.log(`  ${table}: ${n}`);
        } finally {
          bar.stop();
        }
      }),
    );
}
