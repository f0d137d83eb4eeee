// The API's view of an import job: progress and counts, never row data.
import { Type, type Static } from 'typebox';
import type { JobRow } from '../../../platform/import/job.repo.js';

export const ImportJobSchema = Type.Object(
  {
    id: Type.Integer(),
    kind: Type.String(),
    mode: Type.Union([Type.Literal('file'), Type.Literal('batch')]),
    batchSize: Type.Union([Type.Integer(), Type.Null()]),
    status: Type.Union([
      Type.Literal('queued'),
      Type.Literal('running'),
      Type.Literal('done'),
      Type.Literal('rejected'),
      Type.Literal('failed'),
    ]),
    fileSha256: Type.String(),
    fileBytes: Type.Integer(),
    fileFormat: Type.String(),
    readAt: Type.String({ description: 'the date commune codes are read at' }),
    lastLine: Type.Integer({ description: 'checkpoint: last line of the last committed batch' }),
    rowsRead: Type.Integer(),
    rowsRejected: Type.Integer(),
    rowsInserted: Type.Integer(),
    rowsUpdated: Type.Integer(),
    rowsUnchanged: Type.Integer(),
    error: Type.Union([
      Type.Object({ code: Type.String(), message: Type.String(), messageVi: Type.String() }),
      Type.Null(),
    ]),
    createdAt: Type.String(),
    finishedAt: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'ImportJob' },
);

export function presentJob(row: JobRow): Static<typeof ImportJobSchema> {
  return {
    id: row.id,
    kind: row.kind,
    mode: row.mode,
    batchSize: row.batch_size,
    status: row.status,
    fileSha256: row.file_sha256,
    fileBytes: Number(row.file_bytes),
    fileFormat: row.file_format,
    readAt: row.read_at,
    lastLine: row.last_line,
    rowsRead: row.rows_read,
    rowsRejected: row.rows_rejected,
    rowsInserted: row.rows_inserted,
    rowsUpdated: row.rows_updated,
    rowsUnchanged: row.rows_unchanged,
    error: row.error,
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
  };
}
