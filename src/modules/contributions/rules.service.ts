// Use cases of the rule tables: read (all rows or those valid at a date), add a row, correct a
// row. Writes check the input (400), lock the table, write, refuse a change that overlaps a row
// of the same key (409, by the exclusion constraints) or leaves a hole in the rule's validity
// (409), and audit, all in one transaction: a refused change leaves the database as it was.
import type { Db, Tx } from '../../db-schema.js';
import { recordAudit, type ActorContext } from '../../platform/audit.js';
import { isConflict, pgErrorCode, PG_CHECK_VIOLATION } from '../../platform/db/pg-errors.js';
import { resolveUnit, unitSummaries } from '../geo/index.js';
import { contributionsErrors } from './contributions.errors.js';
import { RULE_TABLE_PATHS, ruleTableByPath, type RuleTableSpec } from './rules.catalogue.js';
import { newHoles } from './rules.periods.js';
import { presentRule, type RuleRowView } from './rules.presenter.js';
import * as repo from './rules.table.repo.js';
import { checkNewRow, checkPatch, type Body, type ColumnValue } from './rules.validate.js';

function specOf(table: string): RuleTableSpec {
  const spec = ruleTableByPath(table);
  if (!spec) throw contributionsErrors.unknownTable(table, RULE_TABLE_PATHS);
  return spec;
}

async function present(db: Db | Tx, spec: RuleTableSpec, rows: repo.RuleRecord[]) {
  const unitIds = spec.fields.some((f) => f.kind === 'unit')
    ? rows.map((r) => r.unit_id as number)
    : [];
  const units = await unitSummaries(db, unitIds);
  return rows.map((r) => presentRule(spec, r, units));
}

export async function listRules(db: Db, table: string, at?: string): Promise<RuleRowView[]> {
  const spec = specOf(table);
  return present(db, spec, await repo.listRows(db, spec, at));
}

/** A wage region is recorded for a province (its default) or a commune, by id. */
async function resolveUnitColumn(db: Db, values: Record<string, ColumnValue>) {
  if (typeof values.unit_id !== 'string') return;
  const code = values.unit_id;
  const unit = await resolveUnit(db, code, values.valid_from as string);
  if (unit.level !== 'province' && unit.level !== 'commune') {
    throw contributionsErrors.unitLevel(code);
  }
  values.unit_id = unit.id;
}

/** Write in a transaction; refuse new holes; turn constraint violations into our errors. */
async function write(
  db: Db,
  spec: RuleTableSpec,
  work: (trx: Tx) => Promise<{ before: repo.RuleRecord | null; after: repo.RuleRecord }>,
  ctx: ActorContext,
) {
  try {
    return await db.transaction().execute(async (trx) => {
      await repo.lockTable(trx, spec);
      const { before, after } = await work(trx);
      const periodsAfter = await repo.keyPeriods(trx, spec, after);
      const periodsBefore = periodsAfter
        .filter((p) => p.from !== after.valid_from)
        .concat(before ? [{ from: before.valid_from, to: before.valid_to }] : []);
      const holes = newHoles(periodsBefore, periodsAfter);
      if (holes.length > 0) throw contributionsErrors.gap(spec.path, holes);
      await recordAudit(trx, ctx, {
        action: before ? 'contributions.rule.update' : 'contributions.rule.create',
        entity: spec.table,
        entityId: after.id,
        changes: before ? { before, after } : { after },
      });
      return (await present(trx, spec, [after]))[0]!;
    });
  } catch (error) {
    if (isConflict(error)) throw contributionsErrors.overlap(spec.path);
    if (pgErrorCode(error) === PG_CHECK_VIOLATION) {
      throw contributionsErrors.invalid([
        { field: '(row)', en: 'breaks a check of the table', vi: 'vi phạm ràng buộc của bảng' },
      ]);
    }
    throw error;
  }
}

export async function createRule(db: Db, ctx: ActorContext, table: string, body: Body) {
  const spec = specOf(table);
  const { values, problems } = checkNewRow(spec, body);
  if (problems.length > 0) throw contributionsErrors.invalid(problems);
  await resolveUnitColumn(db, values);
  return write(
    db,
    spec,
    async (trx) => ({ before: null, after: await repo.insertRow(trx, spec, values) }),
    ctx,
  );
}

export async function patchRule(db: Db, ctx: ActorContext, table: string, id: number, body: Body) {
  const spec = specOf(table);
  const current = await repo.rowById(db, spec, id);
  if (!current) throw contributionsErrors.ruleNotFound(spec.path, id);
  const { values, problems } = checkPatch(spec, body, current.valid_from);
  if (problems.length > 0) throw contributionsErrors.invalid(problems);
  return write(
    db,
    spec,
    async (trx) => ({
      // read again under the table lock, so the audit's "before" is what was replaced
      before: (await repo.rowById(trx, spec, id)) ?? current,
      after: await repo.updateRow(trx, spec, id, values),
    }),
    ctx,
  );
}
