// Use cases of denominators: import (all rows or none, audited), and read a unit's figures
// both as recorded and as re-aggregated from the units it succeeded (history as-is).
import type { Db, Tx } from '../../db-schema.js';
import { recordAudit, type ActorContext } from '../../platform/audit.js';
import { viDate } from '../../platform/dates.js';
import * as repo from './denominators.repo.js';
import {
  parseDenominatorCsv,
  type DenominatorInput,
  type DenominatorKind,
  type LineError,
} from './denominators.rules.js';
import { geoErrors } from './geo.errors.js';
import { unitsByCodesAt } from './geo.repo.js';
import { reaggregate } from './geo.rules.js';
import { codeLevel, resolveUnit } from './geo.service.js';
import { loadGraphFrom } from './succession.graph.js';
import { directPredecessors } from './succession.service.js';

/** Resolves every row's unit; returns line errors instead of throwing on the first. */
export async function resolveRows(trx: Db | Tx, rows: DenominatorInput[]) {
  const errors: LineError[] = [];
  const resolved: repo.DenominatorRow[] = [];
  const byDate = new Map<string, DenominatorInput[]>();
  for (const r of rows) {
    const group = byDate.get(r.validOn);
    if (group) group.push(r);
    else byDate.set(r.validOn, [r]);
  }
  const lineOf = new Map(rows.map((r, i) => [r, i + 2]));
  const seen = new Set<string>();
  for (const [validOn, group] of byDate) {
    const units = await unitsByCodesAt(trx, [...new Set(group.map((r) => r.code))], validOn);
    const byCode = new Map(units.map((u) => [`${u.level}|${u.code}`, u]));
    for (const r of group) {
      let unit;
      try {
        unit = byCode.get(`${codeLevel(r.code)}|${r.code}`);
      } catch {
        unit = undefined;
      }
      if (!unit) {
        errors.push({
          line: lineOf.get(r)!,
          message: `no unit has code ${r.code} on ${validOn}`,
          messageVi: `không có đơn vị mang mã ${r.code} vào ngày ${viDate(validOn)}`,
        });
        continue;
      }
      // two lines can name one unit through different codes or dates
      const key = `${unit.id}|${r.year}|${r.kind}|${r.synthetic}`;
      if (seen.has(key)) {
        errors.push({
          line: lineOf.get(r)!,
          message: `another line already gives ${r.kind} ${r.year} for this unit`,
          messageVi: `một dòng khác đã có ${r.kind} năm ${r.year} cho đơn vị này`,
        });
        continue;
      }
      seen.add(key);
      const { code: _c, validOn: _v, ...rest } = r;
      resolved.push({ ...rest, admin_unit_id: unit.id });
    }
  }
  return { resolved, errors };
}

export async function importDenominators(trx: Tx, ctx: ActorContext, rows: DenominatorInput[]) {
  const { resolved, errors } = await resolveRows(trx, rows);
  if (errors.length > 0) throw geoErrors.importInvalid(errors.sort((a, b) => a.line - b.line));
  const inserted = await repo.upsertDenominators(trx, resolved);
  await recordAudit(trx, ctx, {
    action: 'geo.denominators.import',
    entity: 'denominator',
    entityId: null,
    changes: { rows: resolved.length, inserted, updated: resolved.length - inserted },
  });
  return { rows: resolved.length, inserted, updated: resolved.length - inserted };
}

export async function importDenominatorCsv(db: Db, ctx: ActorContext, text: string) {
  const { rows, errors } = parseDenominatorCsv(text);
  if (errors.length > 0) throw geoErrors.importInvalid(errors);
  return db.transaction().execute((trx) => importDenominators(trx, ctx, rows));
}

export interface DenominatorQuery {
  code: string;
  at: string;
  year?: number;
  kind?: DenominatorKind;
}

/** Figures recorded on the unit, and figures carried over from its predecessors. */
export async function denominatorsForUnit(db: Db, q: DenominatorQuery) {
  const unit = await resolveUnit(db, q.code, q.at);
  const filter = { ...(q.year ? { year: q.year } : {}), ...(q.kind ? { kind: q.kind } : {}) };
  const recorded = await repo.denominatorsOf(db, [unit.id], filter);
  // figures of the absorbed units at the same level (a province's, not its districts')
  const predecessors = (await directPredecessors(db, unit, unit.level)).map((p) => p.unit);
  const predecessorIds = predecessors.map((p) => p.id);
  const history = await repo.denominatorsOf(db, predecessorIds, filter);
  const graph = await loadGraphFrom(db, predecessorIds);
  const isTarget = graph.isValidAt(q.at);
  const groups = new Map<string, repo.DenominatorRow[]>();
  for (const row of history.filter((r) => !r.synthetic)) {
    const key = `${row.year}|${row.kind}`;
    groups.set(key, (groups.get(key) ?? []).concat(row));
  }
  const reaggregated = [...groups].map(([key, rows]) => {
    const [year, kind] = key.split('|');
    const counts = new Map(rows.map((r) => [r.admin_unit_id, r.value]));
    const { byUnit } = reaggregate(counts, graph.edgesOf, isTarget);
    return {
      year: Number(year),
      kind: kind as DenominatorKind,
      value: byUnit.get(unit.id) ?? 0,
      complete: rows.length === predecessors.length,
      from: rows.map((r) => graph.units.get(r.admin_unit_id)!.code).sort(),
    };
  });
  return { unit, recorded, reaggregated, predecessors };
}

export interface SyntheticDenominator {
  unitId: number;
  year: number;
  kind: DenominatorKind;
  value: number;
  source: string;
}

/**
 * Records figures counted on synthetic data (a generated registry is its own population),
 * marked synthetic so that an official figure of the same unit and year always wins.
 */
export async function recordSyntheticDenominators(db: Db, rows: SyntheticDenominator[]) {
  return db.transaction().execute((trx) =>
    repo.upsertDenominators(
      trx,
      rows.map((r) => ({
        admin_unit_id: r.unitId,
        year: r.year,
        kind: r.kind,
        value: r.value,
        status: 'estimate',
        synthetic: true,
        source: r.source,
        note: null,
      })),
    ),
  );
}
