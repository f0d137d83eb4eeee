// The rejection report of a job as CSV (Excel opens it as UTF-8 thanks to the BOM): one row per
// problem, in line order, read page by page so a report of a million lines streams.
import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { rejectionPage } from './job.repo.js';
import type { AnyDb } from './spec.js';

const PAGE = 5000;
export const REJECTION_COLUMNS = ['line', 'field', 'code', 'reason_vi', 'reason_en'];

export async function* rejectionRows(db: AnyDb, jobId: number) {
  let after = { line: 0, id: 0 };
  for (;;) {
    const rows = await rejectionPage(db, jobId, after, PAGE);
    for (const r of rows) yield [r.line, r.field, r.code, r.message_vi, r.message];
    if (rows.length < PAGE) return;
    after = { line: rows.at(-1)!.line, id: rows.at(-1)!.id };
  }
}

export function rejectionsCsv(db: AnyDb, jobId: number): Readable {
  const csv = stringify({ header: true, columns: REJECTION_COLUMNS, bom: true });
  return pipeline(Readable.from(rejectionRows(db, jobId)), csv, () => {});
}
