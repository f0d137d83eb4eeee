// Shapes of the report API (src/modules/reports/report.presenter.ts): a run of the monthly
// steering-committee coverage report, its progress and, once done, its two files.
import type { Geography, Scheme } from '../coverage/coverage.types';

export interface ReportRequest {
  locality: string;
  /** 'YYYY-MM' */
  period: string;
  schemes: Scheme[];
  geography: Geography;
}

export type ReportStatus = 'running' | 'done' | 'failed';

export interface ReportJob {
  id: string;
  status: ReportStatus;
  locality: { code: string; name: string | null };
  period: string;
  at: string;
  schemes: Scheme[];
  geography: Geography;
  progress: { done: number; total: number; step: string; label: string };
  error: { code: string; message: string; messageVi: string } | null;
  files: { xlsx: string; pdf: string } | null;
  createdAt: string;
  finishedAt: string | null;
}

export type ReportFormat = 'xlsx' | 'pdf';
