// SQL of import jobs and their rejections. Progress and rejections are written outside the
// import's transaction (they must be visible while it runs and survive a failed batch).
import type { Insertable, Kysely } from 'kysely';
import type { FileFormat } from './readers.js';
import type { ImportFailure, ImportStatus, ImportTables } from './import.tables.js';
import type { AnyDb, LineProblem } from './spec.js';

const t = (db: AnyDb) => db as Kysely<ImportTables>;

export type JobRow = Awaited<ReturnType<typeof jobById>> & object;

export interface Counts {
  rowsRead: number;
  rowsRejected: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
}

export interface NewJob {
  kind: string;
  mode: 'file' | 'batch';
  batchSize: number | null;
  sha256: string;
  bytes: number;
  format: FileFormat;
  readAt: string;
  actor: string;
  actorUserId: number | null;
}

export function jobById(db: AnyDb, id: number) {
  return t(db).selectFrom('import_job').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertJob(db: AnyDb, job: NewJob) {
  const row: Insertable<ImportTables['import_job']> = {
    kind: job.kind,
    mode: job.mode,
    batch_size: job.batchSize,
    file_sha256: job.sha256,
    file_bytes: job.bytes,
    file_format: job.format,
    read_at: job.readAt,
    actor: job.actor,
    actor_user_id: job.actorUserId,
  };
  const { id } = await t(db)
    .insertInto('import_job')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await jobById(db, id))!;
}

/** The latest batch run of this file that stopped before its end. */
export function resumableJob(db: AnyDb, kind: string, sha256: string) {
  return t(db)
    .selectFrom('import_job')
    .selectAll()
    .where('kind', '=', kind)
    .where('file_sha256', '=', sha256)
    .where('mode', '=', 'batch')
    .where('status', 'in', ['failed', 'running', 'queued'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

const countColumns = (c: Counts) => ({
  rows_read: c.rowsRead,
  rows_rejected: c.rowsRejected,
  rows_inserted: c.rowsInserted,
  rows_updated: c.rowsUpdated,
  rows_unchanged: c.rowsUnchanged,
  updated_at: new Date(),
});

export async function setProgress(
  db: AnyDb,
  id: number,
  status: ImportStatus,
  counts: Counts,
  extra: { lastLine?: number; error?: ImportFailure } = {},
) {
  const done = status !== 'running' && status !== 'queued';
  await t(db)
    .updateTable('import_job')
    .set({
      status,
      ...countColumns(counts),
      ...(extra.lastLine !== undefined ? { last_line: extra.lastLine } : {}),
      ...(extra.error ? { error: JSON.stringify(extra.error) } : {}),
      ...(done ? { finished_at: new Date() } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function saveRejections(db: AnyDb, jobId: number, problems: readonly LineProblem[]) {
  for (let i = 0; i < problems.length; i += 1000) {
    await t(db)
      .insertInto('import_rejection')
      .values(
        problems.slice(i, i + 1000).map((p) => ({
          job_id: jobId,
          line: p.line,
          field: p.field,
          code: p.code,
          message: p.message,
          message_vi: p.messageVi,
        })),
      )
      .execute();
  }
}

/** A resumed run reports again the lines after its checkpoint. */
export async function dropRejectionsAfter(db: AnyDb, jobId: number, line: number) {
  await t(db)
    .deleteFrom('import_rejection')
    .where('job_id', '=', jobId)
    .where('line', '>', line)
    .execute();
}

/** Rejections in line order, keyset-paged after (line, id). */
export function rejectionPage(
  db: AnyDb,
  jobId: number,
  after: { line: number; id: number },
  limit: number,
) {
  return t(db)
    .selectFrom('import_rejection')
    .select(['id', 'line', 'field', 'code', 'message', 'message_vi'])
    .where('job_id', '=', jobId)
    .where(({ eb, refTuple, tuple }) =>
      eb(refTuple('line', 'id'), '>', tuple(after.line, after.id)),
    )
    .orderBy('line')
    .orderBy('id')
    .limit(limit)
    .execute();
}
