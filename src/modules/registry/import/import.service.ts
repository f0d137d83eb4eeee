// Use cases of bulk imports, shared by the CLI and the API: open a job (or find the one to
// resume), run it, read its progress and its rejections. A job is visible to the user who
// started it and to nationwide registry writers.
import type { Readable } from 'node:stream';
import { sql } from 'kysely';
import type { Db } from '../../../db-schema.js';
import { accessErrors, type Actor } from '../../../platform/auth-context.js';
import { todayInVietnam } from '../../../platform/dates.js';
import { checkHeader, runImport, type Progress } from '../../../platform/import/engine.js';
import { importErrors } from '../../../platform/import/import.errors.js';
import * as jobs from '../../../platform/import/job.repo.js';
import type { FileFormat } from '../../../platform/import/readers.js';
import { rejectionsCsv } from '../../../platform/import/rejections.js';
import { reachOf } from '../../auth/index.js';
import { importKinds, type ImportKindName } from './import.kinds.js';

export interface ImportRequest {
  kind: ImportKindName;
  format: FileFormat;
  /** null: all rows or none */
  batchSize: number | null;
  resume: boolean;
  /** the date commune codes are read at (default today) */
  at?: string | undefined;
  sha256: string;
  bytes: number;
}

export interface OpenedJob {
  job: jobs.JobRow;
  /** counts committed before the checkpoint of a resumed job */
  base: jobs.Counts;
}

async function writer(db: Db, actor: Actor) {
  const reach = await reachOf(db, actor, 'registry.write');
  if (!reach.all && reach.unitIds.length === 0) throw accessErrors.forbidden('registry.write');
  return reach;
}

async function resumeBase(db: Db, job: jobs.JobRow): Promise<jobs.Counts> {
  await jobs.dropRejectionsAfter(db, job.id, job.last_line);
  const { rows } = await sql<{ n: number }>`select count(distinct line)::int as n
    from import_rejection where job_id = ${job.id}`.execute(db);
  const rejected = rows[0]!.n;
  const accepted = job.rows_inserted + job.rows_updated + job.rows_unchanged;
  return {
    rowsRead: accepted + rejected,
    rowsRejected: rejected,
    rowsInserted: job.rows_inserted,
    rowsUpdated: job.rows_updated,
    rowsUnchanged: job.rows_unchanged,
  };
}

export async function openImportJob(db: Db, actor: Actor, req: ImportRequest): Promise<OpenedJob> {
  await writer(db, actor);
  if (req.resume) {
    const job = await jobs.resumableJob(db, req.kind, req.sha256);
    if (!job || (job.actor_user_id !== actor.userId && job.actor !== actor.actor))
      throw importErrors.nothingToResume();
    return { job, base: await resumeBase(db, job) };
  }
  const job = await jobs.insertJob(db, {
    kind: req.kind,
    mode: req.batchSize ? 'batch' : 'file',
    batchSize: req.batchSize,
    sha256: req.sha256,
    bytes: req.bytes,
    format: req.format,
    readAt: req.at ?? todayInVietnam(),
    actor: actor.actor,
    actorUserId: actor.userId,
  });
  const zero = { rowsRead: 0, rowsRejected: 0, rowsInserted: 0, rowsUpdated: 0, rowsUnchanged: 0 };
  return { job, base: zero };
}

export async function runImportJob(
  db: Db,
  actor: Actor,
  opened: OpenedJob,
  source: Readable,
  onProgress?: (progress: Progress) => void | Promise<void>,
): Promise<Progress> {
  const kind = importKinds[opened.job.kind as ImportKindName];
  const ctx = await kind.load(db, actor, opened.job.read_at, todayInVietnam());
  return runImport({
    db,
    actor,
    spec: kind.spec,
    ctx,
    job: opened.job,
    source,
    base: opened.base,
    ...(onProgress ? { onProgress } : {}),
  });
}

/** Refuses a file whose header (or encoding) is wrong before a job is opened for it. */
export function checkImportHeader(kind: ImportKindName, source: Readable, format: FileFormat) {
  return checkHeader(importKinds[kind].spec, source, format);
}

/** A job the caller may see: their own, or any for nationwide registry writers. */
export async function importJob(db: Db, actor: Actor, id: number) {
  const reach = await writer(db, actor);
  const job = await jobs.jobById(db, id);
  const own =
    job &&
    (actor.kind === 'system' || (job.actor_user_id !== null && job.actor_user_id === actor.userId));
  if (!job || !(own || reach.all)) throw importErrors.jobNotFound();
  return job;
}

export async function importRejections(db: Db, actor: Actor, id: number) {
  const job = await importJob(db, actor, id);
  return rejectionsCsv(db, job.id);
}
