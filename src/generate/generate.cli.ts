// `ansinh generate --province <code> | --nation --persons <N> --seed <S>`: a synthetic province
// (or every province, nation.ts), with a progress bar on stderr. Prints what it wrote; the same seed and count give the same data.
import cliProgress from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import type { Db } from '../db-schema.js';
import { isCivilDate, todayInVietnam } from '../platform/dates.js';
import { generateProvince, type GenerateSummary } from './generate.js';
import { recordGeneratedDenominators } from './denominators.js';
import { generateNation } from './nation.js';

function printSummaries(summaries: GenerateSummary[], seconds: number): void {
  const rows: Record<string, number> = {};
  let persons = 0;
  for (const s of summaries) {
    console.log(
      `province ${s.provinceCode}: ${s.persons} persons in ${s.households} households, ${s.employers} employers, ${s.facilities} facilities`,
    );
    persons += s.persons;
    for (const [table, n] of Object.entries(s.rows)) rows[table] = (rows[table] ?? 0) + n;
  }
  console.log(
    `${persons} persons in ${seconds.toFixed(1)} s (${Math.round(persons / seconds)} persons/s)`,
  );
  for (const [table, n] of Object.entries(rows)) console.log(`  ${table}: ${n}`);
}

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
  province?: string;
  nation?: boolean;
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
    .option('--province <code>', 'province code valid today, e.g. 31 (Hải Phòng)')
    .option('--nation', "every province, the persons shared by each one's population")
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
    .action((opts: Options) => {
      if (!opts.province === !opts.nation)
        throw new InvalidArgumentError(
          'give exactly one of --province and --nation / cần đúng một trong --province và --nation',
        );
      return withDb(async (db) => {
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
          const common = {
            persons: opts.persons,
            seed: opts.seed,
            asOf: opts.asOf,
            ...(opts.fast ? { fast: true } : {}),
            onProgress: (done: number) => bar.update(done),
          };
          const summaries = opts.province
            ? [
                await generateProvince(db, {
                  ...common,
                  provinceCode: opts.province,
                  ...(opts.append ? { append: true } : {}),
                }),
              ]
            : await generateNation(db, { ...common, ...(opts.append ? { append: true } : {}) });
          bar.stop();
          printSummaries(summaries, (Date.now() - started) / 1000);
          const rows = await recordGeneratedDenominators(db, opts.asOf);
          console.log(`  synthetic denominators of ${opts.asOf.slice(0, 4)}: ${rows}`);
        } finally {
          bar.stop();
        }
      });
    });
}
