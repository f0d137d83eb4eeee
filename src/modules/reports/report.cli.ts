// `ansinh report coverage --locality <code> --period YYYY-MM [--out <dir>] [--scheme HI,SI]
// [--geography as-is|as-was]`: the steering-committee report as XLSX and PDF files, made by the
// same service as POST /reports/coverage, acting as `cli:<OS user>` (audited), with its steps
// on a progress bar on stderr.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import type { Db } from '../../db-schema.js';
import { systemActor } from '../../platform/auth-context.js';
import { generateReport, prepareReport, reportFileName } from './report.service.js';
import type { ReportRequest } from './report.types.js';
import { isReportScheme, REPORT_SCHEMES, type ReportScheme } from './schemes.js';

type WithDb = <T>(run: (db: Db) => Promise<T>) => Promise<T>;

interface Options {
  locality: string;
  period: string;
  out: string;
  scheme?: ReportScheme[];
  geography?: 'as-is' | 'as-was';
}

const schemeList = (text: string) => {
  const list = text.split(',').map((s) => s.trim().toUpperCase());
  const bad = list.filter((s) => !isReportScheme(s));
  if (bad.length > 0)
    throw new InvalidArgumentError(`${bad.join(', ')}: ${REPORT_SCHEMES.join(', ')}`);
  return list as ReportScheme[];
};

const geographyOf = (text: string) => {
  if (text !== 'as-is' && text !== 'as-was') throw new InvalidArgumentError('as-is | as-was');
  return text;
};

export async function coverageReportFiles(db: Db, req: ReportRequest, out: string) {
  const actor = systemActor(`cli:${os.userInfo().username}`);
  const prepared = await prepareReport(db, actor, req);
  const bar = new cliProgress.SingleBar(
    { format: '{bar} {value}/{total} | {label}', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(prepared.schemes.length + 2, 0, { label: '' });
  try {
    const files = await generateReport(db, prepared, (p) => bar.update(p.done, { label: p.label }));
    fs.mkdirSync(out, { recursive: true });
    const base = path.join(out, reportFileName(prepared));
    fs.writeFileSync(`${base}.xlsx`, files.xlsx);
    fs.writeFileSync(`${base}.pdf`, files.pdf);
    return { prepared, data: files.data, paths: [`${base}.xlsx`, `${base}.pdf`] };
  } finally {
    bar.stop();
  }
}

export function registerReportCommands(program: Command, withDb: WithDb): void {
  const report = program.command('report').description('reports for steering committees');
  report
    .command('coverage')
    .description('the monthly coverage report (XLSX and PDF) of a locality')
    .requiredOption('--locality <code>', "'VN', a province (2 digits) or a commune (5 digits)")
    .requiredOption('--period <YYYY-MM>', 'the month; figures at its end (today for this month)')
    .option('--out <dir>', 'folder to write the files to', '.')
    .option(
      '--scheme <list>',
      `schemes, comma-separated (default all: ${REPORT_SCHEMES.join(',')})`,
      schemeList,
    )
    .option('--geography <kind>', "'as-is' (today's units, default) or 'as-was'", geographyOf)
    .action((o: Options) =>
      withDb(async (db) => {
        const req = {
          locality: o.locality,
          period: o.period,
          schemes: o.scheme,
          geography: o.geography,
        };
        const r = await coverageReportFiles(db, req, o.out);
        console.log(
          `Báo cáo ${r.data.locality.name}, ${r.prepared.period.label} (số liệu đến ${r.prepared.period.at}):`,
        );
        for (const file of r.paths) console.log(`  ${file}`);
      }),
    );
}
