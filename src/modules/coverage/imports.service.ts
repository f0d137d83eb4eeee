// Imports of targets from CSV: all rows or none, every rejected row reported with its line,
// field and reason; one audit event for the import. The seed (targets.seed.ts) resolves its
// rows the same way but keeps rows already there and skips localities gone by the year.
import type { Db, Tx } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { searchKey } from '../../platform/text.js';
import { coverageErrors, type LineError } from './coverage.errors.js';
import { parseTargetCsv, type TargetCsvRow } from './imports.rules.js';
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
export async function resolveCsvRows(
  db: Db | Tx,
  rows: TargetCsvRow[],
  kinds: Map<number, string>,
) {
  const resolved: ResolvedRow[] = [];
  const errors: LineError[] = [];
  const seen = new Set<string>();
  for (const csv of rows) {
    const code = localityCode(csv.locality, searchKey);
    const unit = await localityAt(db, code, csv.year);
    const kind = kinds.get(csv.line);
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

/** The locality_kind column of each line, to check a code names a unit of that level. */
export function kindsOf(text: string): Map<number, string> {
  const kinds = new Map<number, string>();
  text
    .split(/\r?\n/)
    .slice(1)
    .forEach((line, i) => {
      const kind = /^\s*(country|province|district|commune)\s*,/.exec(line)?.[1];
      if (kind) kinds.set(i + 2, kind);
    });
  return kinds;
}

export async function importTargetCsv(db: Db, actor: Actor, text: string) {
  const parsed = parseTargetCsv(text);
  return afterCommit(db, async (trx) => {
    // rows that parsed are resolved too, so one answer lists every bad row of the file
    const { resolved, errors } = await resolveCsvRows(trx, parsed.rows, kindsOf(text));
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
      changes: { rows: resolved.length },
    });
    return { rows: resolved.length, inserted: resolved.length };
  });
}
