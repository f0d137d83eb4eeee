// The end of a file (mode 'file') or of a batch: SQL checks on the staged rows, the rejection
// report, then one transaction with the merge, the job's counts and checkpoint, and the audit
// event. In mode 'file' any rejection leaves the data untouched.
import { recordAudit, type ActorContext } from '../audit.js';
import type { ImportStatus } from './import.tables.js';
import { saveRejections, setProgress, type Counts, type JobRow } from './job.repo.js';
import type { AnyDb, ImportSpec, LineProblem } from './spec.js';
import { acceptedCount, duplicateKeys, markRejected } from './stage.js';

/** The lines (fromLine, toLine] read since the last commit, with their rejections so far. */
export interface Batch {
  fromLine: number;
  toLine: number;
  read: number;
  problems: LineProblem[];
}

export interface CommitInput<Ctx> {
  db: AnyDb;
  actor: ActorContext;
  spec: ImportSpec<Ctx>;
  ctx: Ctx;
  job: JobRow;
  table: string;
  counts: Counts;
  batch: Batch;
  /** the file has no more rows */
  final: boolean;
}

async function sqlChecks<Ctx>(input: CommitInput<Ctx>): Promise<LineProblem[]> {
  const { db, spec, table, batch } = input;
  const range = { table, fromLine: batch.fromLine, toLine: batch.toLine };
  const duplicates = await duplicateKeys(db, range, spec as ImportSpec<unknown>);
  await markRejected(
    db,
    table,
    duplicates.map((p) => p.line),
  );
  const found = await spec.check(db, range, input.ctx);
  await markRejected(
    db,
    table,
    found.map((p) => p.line),
  );
  return [...duplicates, ...found];
}

export async function commitRange<Ctx>(input: CommitInput<Ctx>): Promise<ImportStatus> {
  const { db, spec, job, counts, batch } = input;
  const found = await sqlChecks(input);
  counts.rowsRejected += new Set(found.map((p) => p.line)).size;
  const problems = [...batch.problems, ...found].sort((a, b) => a.line - b.line);
  await saveRejections(db, job.id, problems);
  const audit = (trx: AnyDb, outcome: string, changes: object) =>
    recordAudit(trx, input.actor, {
      action: spec.action,
      entity: 'import_job',
      entityId: job.id,
      // counts and the file's digest: never row data
      changes: { kind: spec.kind, mode: job.mode, sha256: job.file_sha256, outcome, ...changes },
    });
  if (job.mode === 'file' && problems.length > 0) {
    await db.transaction().execute(async (trx) => {
      await setProgress(trx, job.id, 'rejected', counts);
      await audit(trx, 'rejected', { read: counts.rowsRead, rejected: counts.rowsRejected });
    });
    return 'rejected';
  }
  const range = { table: input.table, fromLine: batch.fromLine, toLine: batch.toLine };
  const status: ImportStatus = input.final ? 'done' : 'running';
  await db.transaction().execute(async (trx) => {
    const merged = await spec.merge(trx, range, input.ctx);
    const accepted = await acceptedCount(trx, range);
    const unchanged = accepted - merged.inserted - merged.updated;
    counts.rowsInserted += merged.inserted;
    counts.rowsUpdated += merged.updated;
    counts.rowsUnchanged += unchanged;
    await setProgress(trx, job.id, status, counts, { lastLine: batch.toLine });
    await audit(trx, 'committed', {
      fromLine: batch.fromLine + 1,
      toLine: batch.toLine,
      inserted: merged.inserted,
      updated: merged.updated,
      unchanged,
      rejected: new Set(problems.map((p) => p.line)).size,
    });
  });
  return status;
}
