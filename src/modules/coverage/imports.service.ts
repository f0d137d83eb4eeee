// Imports of targets from a CSV or XLSX file: all rows or none, every rejected row reported with
// its line, field and reason; one audit event for the import. The seed (targets.seed.ts)
// resolves its rows the same way but keeps rows already there and skips localities gone by the
// year. The CLI (`ansinh coverage import-targets`) imports as a system actor `cli:<OS user>`.
import type { Db, Tx } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { searchKey } from '../../platform/text.js';
import { coverageErrors, type LineError } from './coverage.errors.js';
import type { FileFormat } from '../../platform/import/readers.js';
import { parseTargetFile } from './imports.files.js';
import type { ParsedTargets, TargetCsvRow } from './imports.rules.js';
import * as repo from './targets.repo.js';
import { localityCode } from './targets.rules.js';
import { afterCommit, assertReach, checkedRow, localityAt } from './targets.service.js';

export interface ResolvedRow {
  csv: TargetCsvRow;
  row: repo.NewTargetRow;
  level: string;
  exists: boolean;
}

/** Resolves each row's locality in its year; rows that fail become line errors. */
export async function resolveCsvRows(db: Db | Tx, rows: TargetCsvRow[]) {
  const resolved: ResolvedRow[] = [];
  const errors: LineError[] = [];
  const seen = new Set<string>();
  for (const csv of rows) {
    const code = localityCode(csv.locality, searchKey);
    const unit = await localityAt(db, code, csv.year);
    const kind = csv.kind;
    if (!unit || (kind && kind !== unit.level)) {
      errors.push({
        line: csv.line,
        field: 'locality',
        message: `no ${kind ?? 'locality'} is named ${csv.locality} in ${csv.year}`,
        messageVi: `không có địa phương ${csv.locality} trong năm ${csv.year}`,
      });
      continue;
    }
    const row = await checkedRow(db, { ...csv, localityCode: code, value: csv.value });
    const key = `${row.unit_id}|${row.scheme}|${row.year}|${row.group_code ?? ''}`;
    if (seen.has(key)) {
      errors.push({
        line: csv.line,
        field: 'locality',
        message: `an earlier line already gives the ${csv.scheme} ${csv.year} target of ${csv.locality}`,
        messageVi: `một dòng trước đã có chỉ tiêu ${csv.scheme} năm ${csv.year} của ${csv.locality}`,
      });
      continue;
    }
    seen.add(key);
    resolved.push({ csv, row, level: unit.level, exists: !!(await repo.sameKey(db, row)) });
  }
  return { resolved, errors };
}

/** Imports an uploaded file (CSV or XLSX) whole, or throws COVERAGE_IMPORT_INVALID. */
export async function importTargetFile(db: Db, actor: Actor, data: Buffer, format: FileFormat) {
  return importTargets(db, actor, await parseTargetFile(data, format), format);
}

async function importTargets(db: Db, actor: Actor, parsed: ParsedTargets, format: FileFormat) {
  return afterCommit(db, async (trx) => {
    // rows that parsed are resolved too, so one answer lists every bad row of the file
    const { resolved, errors } = await resolveCsvRows(trx, parsed.rows);
    errors.push(...parsed.errors);
    for (const r of resolved.filter((x) => x.exists))
      errors.push({
        line: r.csv.line,
        field: 'locality',
        message: `${r.csv.locality} already has a ${r.csv.scheme} target for ${r.csv.year}: edit it instead`,
        messageVi: `${r.csv.locality} đã có chỉ tiêu ${r.csv.scheme} năm ${r.csv.year}: hãy sửa chỉ tiêu đó`,
      });
    for (const r of resolved) {
      try {
        await assertReach(trx, actor, { id: r.row.unit_id, level: r.level });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        errors.push({
          line: r.csv.line,
          field: 'locality',
          message: error.message,
          messageVi: error.messageVi,
        });
      }
    }
    if (errors.length > 0)
      throw coverageErrors.importInvalid(errors.sort((a, b) => a.line - b.line));
    for (const r of resolved) await repo.insertTarget(trx, r.row);
    await recordAudit(trx, actor, {
      action: 'coverage.target.import',
      entity: 'coverage_target',
      entityId: null,
      changes: { rows: resolved.length, format },
    });
    return { rows: resolved.length, inserted: resolved.length };
  });
}
