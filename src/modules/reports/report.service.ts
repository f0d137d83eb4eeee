// Use cases of the steering-committee report, shared by the CLI and the API: prepare a run
// (validate the period, authorize the locality, record the run in the audit trail), read one
// coverage board per scheme from the coverage module's exported service, and write the files.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db-schema.js';
import { recordAudit } from '../../platform/audit.js';
import { accessErrors, type Actor } from '../../platform/auth-context.js';
import { todayInVietnam } from '../../platform/dates.js';
import { AppError } from '../../platform/errors.js';
import { reachesUnit, reachOf } from '../auth/index.js';
import { localityBoard, type Geography } from '../coverage/index.js';
import { resolveUnit } from '../geo/index.js';
import { reportPeriod, type ReportPeriod } from './period.rules.js';
import { reportPdf } from './report.pdf.js';
import type { ReportData, ReportRequest, ReportSection } from './report.types.js';
import { reportWorkbook } from './report.xlsx.js';
import { orderSchemes, SCHEME_NAMES, type ReportScheme } from './schemes.js';

export interface PreparedReport {
  id: string;
  locality: string;
  period: ReportPeriod;
  schemes: ReportScheme[];
  geography: Geography;
  today: string;
}

export interface Progress {
  done: number;
  total: number;
  /** what is being done: 'board:HI' … then 'xlsx', 'pdf', and 'done' */
  step: string;
  /** the same in Vietnamese, for a progress bar */
  label: string;
}

export interface ReportFiles {
  data: ReportData;
  xlsx: Buffer;
  pdf: Buffer;
}

/** The locality must be within the caller's coverage.read; an unknown one is left to the board. */
async function authorize(db: Db, actor: Actor, p: Omit<PreparedReport, 'id'>) {
  const on = p.geography === 'as-is' ? p.today : p.period.at;
  const unit = await resolveUnit(db, p.locality, on).catch((error: unknown) => {
    if (error instanceof AppError && error.status < 500) return null;
    throw error;
  });
  if (unit === null) {
    // coverage says why it knows no such locality (its COVERAGE_LOCALITY_UNKNOWN)
    await localityBoard(db, { ...boardQuery(p), scheme: p.schemes[0]! });
    throw new Error(`coverage has a board for ${p.locality}, which geo does not know on ${on}`);
  }
  if (!reachesUnit(await reachOf(db, actor, 'coverage.read'), unit.id))
    throw accessErrors.outOfScope();
}

const boardQuery = (p: Omit<PreparedReport, 'id'>) => ({
  code: p.locality,
  at: p.period.at,
  geography: p.geography,
  today: p.today,
});

/** Validates and authorizes a run and records it in the audit trail (one event per run). */
export async function prepareReport(
  db: Db,
  actor: Actor,
  req: ReportRequest,
  today = todayInVietnam(),
): Promise<PreparedReport> {
  const period = reportPeriod(req.period, today);
  const schemes = orderSchemes(req.schemes);
  const p = { locality: req.locality, period, schemes, geography: req.geography ?? 'as-is', today };
  await authorize(db, actor, p);
  const id = randomUUID();
  await db.transaction().execute((trx) =>
    recordAudit(trx, actor, {
      action: 'reports.coverage.generate',
      entity: 'coverage_report',
      entityId: id,
      changes: {
        locality: p.locality,
        period: period.month,
        at: period.at,
        schemes,
        geography: p.geography,
      },
    }),
  );
  return { id, ...p };
}

/** Reads the boards and writes the XLSX and the PDF, telling each step as it starts. */
export async function generateReport(
  db: Db,
  p: PreparedReport,
  onProgress: (progress: Progress) => void = () => {},
): Promise<ReportFiles> {
  const total = p.schemes.length + 2;
  let done = 0;
  const tell = (step: string, label: string) => onProgress({ done, total, step, label });
  const sections: ReportSection[] = [];
  for (const scheme of p.schemes) {
    tell(`board:${scheme}`, `Đọc số liệu ${SCHEME_NAMES[scheme].short}`);
    sections.push({ scheme, board: await localityBoard(db, { ...boardQuery(p), scheme }) });
    done++;
  }
  const data: ReportData = {
    locality: sections[0]!.board.summary.locality,
    period: p.period,
    geography: p.geography,
    generatedOn: p.today,
    sections,
  };
  tell('xlsx', 'Lập tệp Excel');
  const xlsx = await reportWorkbook(data);
  done++;
  tell('pdf', 'Lập tệp PDF và biểu đồ');
  const pdf = await reportPdf(data);
  done++;
  tell('done', 'Xong');
  return { data, xlsx, pdf };
}

/** 'bao-cao-bao-phu-31-2025-11' (+ .xlsx / .pdf). */
export const reportFileName = (p: Pick<PreparedReport, 'locality' | 'period'>) =>
  `bao-cao-bao-phu-${p.locality}-${p.period.month}`;
