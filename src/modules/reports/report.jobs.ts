// Report runs started through the API, held in this process's memory: a run takes seconds, its
// files are fetched once or twice, and nothing in it must outlive a restart (the audit trail
// records every run). Each run is seen only by whoever started it; finished runs are dropped an
// hour after they end, and at most `maxRunning` run at once (the machine has few cores).
import type { AppError } from '../../platform/errors.js';
import { reportErrors } from './reports.errors.js';
import type { PreparedReport, Progress, ReportFiles } from './report.service.js';

export type JobStatus = 'running' | 'done' | 'failed';

export interface ReportJob {
  id: string;
  owner: string;
  prepared: PreparedReport;
  status: JobStatus;
  progress: Progress;
  localityName: string | null;
  error: { code: string; message: string; messageVi: string } | null;
  files: { xlsx: Buffer; pdf: Buffer } | null;
  createdAt: Date;
  finishedAt: Date | null;
}

type Run = (onProgress: (p: Progress) => void) => Promise<ReportFiles>;

const INTERNAL = {
  code: 'REPORT_FAILED',
  message:
    'The report could not be made because of an internal error; try again or tell an operator',
  messageVi: 'Không lập được báo cáo do lỗi hệ thống; hãy thử lại hoặc báo quản trị',
};

export class ReportJobs {
  private readonly jobs = new Map<string, ReportJob>();
  private readonly tasks = new Set<Promise<void>>();

  constructor(
    private readonly options: { keepMs: number; maxRunning: number; now?: () => number },
  ) {}

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  private sweep() {
    for (const [id, job] of this.jobs)
      if (job.finishedAt && this.now() - job.finishedAt.getTime() > this.options.keepMs)
        this.jobs.delete(id);
  }

  running(): number {
    return [...this.jobs.values()].filter((j) => j.status === 'running').length;
  }

  /** Refuses a new run when too many are running; call before preparing (and auditing) one. */
  checkCapacity() {
    this.sweep();
    const running = this.running();
    if (running >= this.options.maxRunning) throw reportErrors.busy(running);
  }

  start(owner: string, prepared: PreparedReport, run: Run): ReportJob {
    const job: ReportJob = {
      id: prepared.id,
      owner,
      prepared,
      status: 'running',
      progress: { done: 0, total: prepared.schemes.length + 2, step: 'queued', label: 'Chờ' },
      localityName: null,
      error: null,
      files: null,
      createdAt: new Date(this.now()),
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    const task = run((p) => void (job.progress = p))
      .then((files) => {
        job.files = { xlsx: files.xlsx, pdf: files.pdf };
        job.localityName = files.data.locality.name;
        job.status = 'done';
      })
      .catch((error: unknown) => {
        const e = error as Partial<AppError>;
        job.error =
          e.code && e.messageVi
            ? { code: e.code, message: e.message!, messageVi: e.messageVi }
            : INTERNAL;
        job.status = 'failed';
        if (!e.code) this.onInternalError?.(error);
      })
      .finally(() => {
        job.finishedAt = new Date(this.now());
        this.tasks.delete(task);
      });
    this.tasks.add(task);
    return job;
  }

  /** Logs an unexpected failure (the routes set it to the server's logger). */
  onInternalError?: (error: unknown) => void;

  get(owner: string, id: string): ReportJob {
    this.sweep();
    const job = this.jobs.get(id);
    if (!job || job.owner !== owner) throw reportErrors.notFound(id);
    return job;
  }

  /** A finished run's file; refused (409) while the run goes on, or after it failed. */
  file(owner: string, id: string, format: 'xlsx' | 'pdf'): { job: ReportJob; file: Buffer } {
    const job = this.get(owner, id);
    if (!job.files) throw reportErrors.notReady(job.id, job.status);
    return { job, file: job.files[format] };
  }

  /** Waits for the runs in progress (the server closing). */
  async settle() {
    await Promise.allSettled([...this.tasks]);
  }
}
