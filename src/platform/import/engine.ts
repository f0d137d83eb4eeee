// Runs one import job: reads the file as a stream, checks the header before any row, validates
// each row with the spec's pure validator, COPYs valid rows into the job's staging table, runs
// the spec's SQL checks, then merges inside a transaction with the job's counts and its audit
// event. Mode 'file': all rows or none. Mode 'batch': each batch commits with the checkpoint
// (the last line it covers), so a resumed run continues after it.
import type { Readable } from 'node:stream';
import type { ActorContext } from '../audit.js';
import { AppError } from '../errors.js';
import { csvLine } from '../db/copy.js';
import { matchHeader, recordOf } from './header.js';
import { importErrors } from './import.errors.js';
import type { ImportStatus } from './import.tables.js';
import { setProgress, type Counts, type JobRow } from './job.repo.js';
import { readRows, type FileFormat, type RawRow } from './readers.js';
import { commitRange, type Batch } from './commit.js';
import { copyIntoStage, createStage, dropStage, stageTable } from './stage.js';
import type { AnyDb, ImportSpec, LineProblem } from './spec.js';
import { Problems } from './values.js';

/** rows per COPY chunk and per progress report */
const CHUNK_ROWS = 10_000;

export interface Progress extends Counts {
  status: ImportStatus;
  lastLine: number;
}

export interface RunInput<Ctx> {
  db: AnyDb;
  actor: ActorContext;
  spec: ImportSpec<Ctx>;
  ctx: Ctx;
  job: JobRow;
  source: Readable;
  /** counts committed by the run being resumed (zero for a new job) */
  base?: Counts;
  onProgress?: (progress: Progress) => void | Promise<void>;
}

const zero: Counts = {
  rowsRead: 0,
  rowsRejected: 0,
  rowsInserted: 0,
  rowsUpdated: 0,
  rowsUnchanged: 0,
};
const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

function extraCells(problems: Problems, cells: readonly string[], width: number) {
  if (cells.length > width && !blank(cells.slice(width)))
    problems.add(
      '(row)',
      'ROW_EXTRA_CELLS',
      `more cells than the header has columns (${width})`,
      `nhiều ô hơn số cột của dòng tiêu đề (${width})`,
    );
}

/** Reads only the header of a file and checks it (encoding too), so a caller hears at once. */
export async function checkHeader(spec: ImportSpec<unknown>, source: Readable, format: FileFormat) {
  const rows = readRows(source, format);
  try {
    const header = await rows.next();
    if (header.done) throw importErrors.empty();
    matchHeader(spec.columns, header.value.cells);
  } finally {
    await rows.return(undefined);
    source.destroy();
  }
}

export async function runImport<Ctx>(input: RunInput<Ctx>): Promise<Progress> {
  const { db, spec, job } = input;
  const table = stageTable(job.id);
  const counts: Counts = { ...(input.base ?? zero) };
  const report = async (status: ImportStatus, lastLine: number) => {
    await setProgress(db, job.id, status, counts);
    await input.onProgress?.({ ...counts, status, lastLine });
  };
  let lastLine = job.last_line;
  try {
    const rows = readRows(input.source, job.file_format);
    const header = await rows.next();
    if (header.done) throw importErrors.empty();
    const names = matchHeader(spec.columns, header.value.cells);
    await createStage(db, table, spec as ImportSpec<unknown>, job.mode === 'batch');
    await report('running', lastLine);
    const batchSize = job.mode === 'batch' ? job.batch_size! : Infinity;
    let ended = false;
    let committed = 0;
    while (!ended) {
      const batch: Batch = { fromLine: lastLine, toLine: lastLine, read: 0, problems: [] };
      async function* chunks(): AsyncGenerator<string> {
        let lines: string[] = [];
        while (batch.read < batchSize) {
          const next: IteratorResult<RawRow> = await rows.next();
          if (next.done) {
            ended = true;
            break;
          }
          const { line, cells } = next.value;
          if (line <= job.last_line || blank(cells)) continue;
          batch.read++;
          counts.rowsRead++;
          batch.toLine = line;
          const problems = new Problems();
          extraCells(problems, cells, names.length);
          const values = spec.validate(recordOf(spec.columns, names, cells), input.ctx, problems);
          if (values && !problems.any) lines.push(csvLine([line, ...values]));
          else {
            counts.rowsRejected++;
            for (const p of problems.list) batch.problems.push({ ...p, line } as LineProblem);
          }
          if (lines.length >= CHUNK_ROWS) {
            yield lines.join('');
            lines = [];
            await report('running', lastLine);
          }
        }
        if (lines.length > 0) yield lines.join('');
      }
      await copyIntoStage(db, table, spec as ImportSpec<unknown>, chunks());
      if (batch.read === 0 && committed > 0) {
        // the previous batch ended exactly at the last row
        await setProgress(db, job.id, 'done', counts, { lastLine });
        break;
      }
      const status = await commitRange({ ...input, table, counts, batch, final: ended });
      committed++;
      lastLine = batch.toLine;
      await input.onProgress?.({ ...counts, status, lastLine });
      if (status === 'rejected') return { ...counts, status, lastLine: 0 };
    }
    return { ...counts, status: 'done', lastLine };
  } catch (error) {
    const failure =
      error instanceof AppError
        ? { code: error.code, message: error.message, messageVi: error.messageVi }
        : {
            code: 'IMPORT_FAILED',
            message: 'The import stopped on an internal error; resume it or ask an operator',
            messageVi: 'Việc nhập dữ liệu dừng do lỗi hệ thống; hãy tiếp tục lại hoặc báo quản trị',
          };
    await setProgress(db, job.id, 'failed', counts, { error: failure }).catch(() => {});
    throw error;
  } finally {
    input.source.destroy();
    await dropStage(db, table).catch(() => {});
  }
}
