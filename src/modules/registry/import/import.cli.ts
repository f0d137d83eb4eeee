// `ansinh import persons|households|employers|coverage <file.csv|.xlsx>`: the same service as
// POST /registry/imports, acting as `cli:<OS user>`, with a progress bar on stderr, the counts
// and every rejected row (line, field, reason in Vietnamese and English) at the end.
import fs from 'node:fs';
import os from 'node:os';
import { pipeline } from 'node:stream/promises';
import { PassThrough, Transform } from 'node:stream';
import cliProgress from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import type { Db } from '../../../db-schema.js';
import { systemActor } from '../../../platform/auth-context.js';
import { isCivilDate } from '../../../platform/dates.js';
import { rejectionRows, rejectionsCsv } from '../../../platform/import/rejections.js';
import { fileDigest } from '../../../platform/import/spool.js';
import { IMPORT_KINDS, type ImportKindName } from './import.kinds.js';
import { openImportJob, runImportJob } from './import.service.js';

type WithDb = <T>(run: (db: Db) => Promise<T>) => Promise<T>;
const PRINTED = 1000;

export interface ImportOptions {
  batchSize?: number;
  resume?: boolean;
  at?: string;
  rejections?: string;
}

const positive = (v: string) => {
  if (!/^[1-9]\d*$/.test(v)) throw new InvalidArgumentError('a whole number > 0 / số nguyên > 0');
  return Number(v);
};
const civil = (v: string) => {
  if (!isCivilDate(v)) throw new InvalidArgumentError('expected YYYY-MM-DD / cần ngày YYYY-MM-DD');
  return v;
};

/** The file as a stream, counting bytes for the progress bar. */
function counted(file: string, onBytes: (n: number) => void) {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _e, done) {
      bytes += chunk.length;
      onBytes(bytes);
      done(null, chunk);
    },
  });
  const out = new PassThrough();
  pipeline(fs.createReadStream(file), counter, out).catch((e: Error) => out.destroy(e));
  return out;
}

export async function importFile(db: Db, kind: ImportKindName, file: string, opts: ImportOptions) {
  const actor = systemActor(`cli:${os.userInfo().username}`);
  const digest = await fileDigest(file);
  const opened = await openImportJob(db, actor, {
    kind,
    format: /\.xlsx$/i.test(file) ? 'xlsx' : 'csv',
    batchSize: opts.batchSize ?? null,
    resume: opts.resume ?? false,
    at: opts.at,
    ...digest,
  });
  const bar = new cliProgress.SingleBar(
    {
      format: '{bar} {percentage}% | {rows} dòng/rows | {rejected} lỗi/rejected',
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(digest.bytes, 0, { rows: 0, rejected: 0 });
  let counts = { rows: 0, rejected: 0 };
  const source = counted(file, (n) => bar.update(n, counts));
  try {
    const result = await runImportJob(db, actor, opened, source, (p) => {
      counts = { rows: p.rowsRead, rejected: p.rowsRejected };
    });
    bar.update(digest.bytes, counts);
    return { job: opened.job.id, ...result };
  } finally {
    bar.stop();
  }
}

async function printRejections(db: Db, job: number, out: string | undefined) {
  let n = 0;
  for await (const [line, field, code, vi, en] of rejectionRows(db, job)) {
    if (++n > PRINTED) break;
    console.log(`  dòng/line ${line}  ${field}  ${code}: ${vi} / ${en}`);
  }
  if (n > PRINTED) console.log(`  … (--rejections <file.csv> để lấy đủ / for all of them)`);
  if (out) await pipeline(rejectionsCsv(db, job), fs.createWriteStream(out));
}

export function registerImportCommands(program: Command, withDb: WithDb): void {
  program
    .command('import <kind> <file>')
    .description(`import ${IMPORT_KINDS.join('|')} from a CSV (UTF-8) or XLSX file`)
    .option('--batch-size <n>', 'commit every n rows (default: all rows or none)', positive)
    .option('--resume', 'continue the unfinished batch import of this file after its checkpoint')
    .option('--at <date>', 'date the commune codes are read at (default today)', civil)
    .option('--rejections <file>', 'write every rejected row to this CSV file')
    .action((kind: string, file: string, opts: ImportOptions) => {
      if (!(IMPORT_KINDS as readonly string[]).includes(kind))
        throw new InvalidArgumentError(`kind: ${IMPORT_KINDS.join(', ')}`);
      return withDb(async (db) => {
        const r = await importFile(db, kind as ImportKindName, file, opts);
        const verdict = r.status === 'rejected' ? 'KHÔNG GHI GÌ / NOTHING WRITTEN' : r.status;
        console.log(
          `import #${r.job} ${kind}: ${verdict} — đọc/read ${r.rowsRead}, thêm/inserted ${r.rowsInserted}, ` +
            `cập nhật/updated ${r.rowsUpdated}, không đổi/unchanged ${r.rowsUnchanged}, lỗi/rejected ${r.rowsRejected}`,
        );
        if (r.rowsRejected > 0) await printRejections(db, r.job, opts.rejections);
        if (r.status === 'rejected') process.exitCode = 1;
      });
    });
}
