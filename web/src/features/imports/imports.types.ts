// Shapes of the import API (POST /registry/imports with the file as the body, then the job's
// progress and its rejection report).

export const IMPORT_KINDS = ['persons', 'households', 'employers', 'coverage'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Columns of each kind's file (English names; the Vietnamese aliases are accepted too). */
export const IMPORT_COLUMNS: Record<ImportKind, { required: string[]; optional: string[] }> = {
  persons: {
    required: ['national_id', 'full_name', 'birth_date', 'sex', 'commune_code'],
    optional: ['si_number', 'ethnicity', 'phone', 'household_code', 'household_relation'],
  },
  households: { required: ['code', 'commune_code'], optional: ['address'] },
  employers: {
    required: ['tax_code', 'name', 'sector', 'commune_code'],
    optional: ['business_reg_no', 'reported_employees'],
  },
  coverage: {
    required: ['national_id', 'scheme', 'group_code', 'payer', 'valid_from'],
    optional: ['employer_tax_code', 'contribution_salary', 'valid_to'],
  },
};

export type ImportStatus = 'queued' | 'running' | 'done' | 'rejected' | 'failed';

export interface ImportJob {
  id: number;
  kind: ImportKind;
  mode: 'file' | 'batch';
  batchSize: number | null;
  status: ImportStatus;
  fileBytes: number;
  fileFormat: 'csv' | 'xlsx';
  readAt: string;
  lastLine: number;
  rowsRead: number;
  rowsRejected: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  error: { code: string; message: string; messageVi: string } | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportRequest {
  kind: ImportKind;
  file: File;
  /** null: all rows or none; a number: each batch of that many rows commits on its own */
  batchSize: number | null;
  resume: boolean;
  /** the date commune codes are read at, YYYY-MM-DD (default today) */
  at: string | null;
}

/** One problem of a rejected row, as the rejection report lists it. */
export interface Rejection {
  line: number;
  field: string;
  code: string;
  reasonVi: string;
  reasonEn: string;
}

export function isRunning(job: ImportJob | undefined): boolean {
  return job?.status === 'queued' || job?.status === 'running';
}
