// Row types of the import tables (migrations/0011_import_job.sql).
import type { ColumnType, Generated } from 'kysely';

export interface ImportFailure {
  code: string;
  message: string;
  messageVi: string;
}

export type ImportStatus = 'queued' | 'running' | 'done' | 'rejected' | 'failed';

export interface ImportJobTable {
  id: Generated<number>;
  kind: string;
  mode: 'file' | 'batch';
  batch_size: number | null;
  file_sha256: string;
  file_bytes: number;
  file_format: 'csv' | 'xlsx';
  read_at: string;
  status: Generated<ImportStatus>;
  last_line: Generated<number>;
  rows_read: Generated<number>;
  rows_rejected: Generated<number>;
  rows_inserted: Generated<number>;
  rows_updated: Generated<number>;
  rows_unchanged: Generated<number>;
  /** why a run stopped, as JSON text on the way in */
  error: ColumnType<ImportFailure | null, string | null, string | null>;
  actor: string;
  actor_user_id: number | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  finished_at: Date | null;
}

export interface ImportRejectionTable {
  id: Generated<number>;
  job_id: number;
  line: number;
  field: string;
  code: string;
  message: string;
  message_vi: string;
}

export interface ImportTables {
  import_job: ImportJobTable;
  import_rejection: ImportRejectionTable;
}
