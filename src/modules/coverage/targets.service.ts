// Use cases of coverage targets: list (aggregates, any locality, coverage.read), create and
// edit under targets.write within the caller's reach (the country only nationally), each
// write audited in its transaction. Plans are in plans.service.ts, imports in imports.service.ts.
import type { Db, Tx } from '../../db-schema.js';
import { accessErrors, type Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { isConflict } from '../../platform/db/pg-errors.js';
import { AppError } from '../../platform/errors.js';
import { searchKey } from '../../platform/text.js';
import { reachesUnit, reachOf } from '../auth/index.js';
import { resolveUnit, unitSummaries } from '../geo/index.js';
import { clearBoardStatics } from './board.cache.js';
import { coverageErrors } from './coverage.errors.js';
import { presentTarget, type Target } from './targets.presenter.js';
import * as repo from './targets.repo.js';
import {
  fromScaled,
  localityCode,
  toScaled,
  valueProblems,
  yearStart,
  type DenominatorKind,
  type Measure,
  type Scheme,
} from './targets.rules.js';

/** The part of a unit the reach check needs. */
export interface UnitRef {
  id: number;
  level: string;
}

export interface TargetInput {
  localityCode: string;
  scheme: Scheme;
  year: number;
  groupCode: string | null;
  measure: Measure;
  value: string | number;
  denominatorKind: DenominatorKind;
  source: string;
}

export type TargetPatch = Partial<
  Pick<TargetInput, 'groupCode' | 'measure' | 'value' | 'denominatorKind' | 'source'>
>;

/**
 * The unit a code names in a year: on 1 January, or else on 31 December (a unit created during
 * the year, like the communes of 2025-07-01); null for an unknown or malformed code. A reused
 * code (15: Yên Bái, then Lào Cai) thus names the unit it had at the start of the year.
 */
export async function localityAt(db: Db | Tx, code: string, year: number) {
  for (const at of [yearStart(year), `${year}-12-31`]) {
    try {
      return await resolveUnit(db, code, at);
    } catch (error) {
      if (!(error instanceof AppError && error.status < 500)) throw error;
    }
  }
  return null;
}

/** The country is national business; any other unit must be within the caller's reach. */
export async function assertReach(trx: Tx, actor: Actor, unit: UnitRef) {
  const reach = await reachOf(trx, actor, 'targets.write');
  const ok = unit.level === 'country' ? reach.all : reachesUnit(reach, unit.id);
  if (!ok) throw accessErrors.outOfScope();
}

/** A valid target's row (value problems, locality, key not taken), without the reach check. */
export async function checkedRow(trx: Db | Tx, t: TargetInput): Promise<repo.NewTargetRow> {
  const problems = valueProblems(t);
  if (problems.length > 0) throw coverageErrors.invalid(problems);
  const unit = await localityAt(trx, t.localityCode, t.year);
  if (!unit) throw coverageErrors.unknownLocality(t.localityCode, t.year);
  return {
    unit_id: unit.id,
    scheme: t.scheme,
    year: t.year,
    group_code: t.groupCode,
    measure: t.measure,
    value: fromScaled(toScaled(t.value)!),
    denominator_kind: t.denominatorKind,
    source: t.source.trim(),
  };
}

export async function presented(db: Db | Tx, rows: repo.TargetRow[]): Promise<Target[]> {
  const units = await unitSummaries(
    db,
    rows.map((r) => r.unit_id),
  );
  return rows.map((r) => presentTarget(r, units.get(r.unit_id)!));
}

export interface TargetQuery {
  locality?: string | undefined;
  year?: number | undefined;
  scheme?: string | undefined;
}

export async function listTargets(db: Db, q: TargetQuery) {
  const items = await presented(db, await repo.listTargetRows(db, q));
  // a code names several units over time: every version of it is that locality's history
  const code = q.locality ? localityCode(q.locality, searchKey) : null;
  return { items: code ? items.filter((t) => t.localityCode === code) : items };
}

/** Runs a target write in a transaction; once committed, boards stop using the old targets. */
export async function afterCommit<T>(db: Db, write: (trx: Tx) => Promise<T>): Promise<T> {
  const result = await db.transaction().execute(write);
  clearBoardStatics();
  return result;
}

const duplicateOf = (t: repo.NewTargetRow, code: string) =>
  coverageErrors.duplicate(code, t.scheme, t.year, t.group_code ?? null);

export async function createTarget(db: Db, actor: Actor, input: TargetInput): Promise<Target> {
  try {
    return await afterCommit(db, async (trx) => {
      const row = await checkedRow(trx, input);
      await assertReach(trx, actor, (await localityAt(trx, input.localityCode, input.year))!);
      if (await repo.sameKey(trx, row)) throw duplicateOf(row, input.localityCode);
      const saved = await repo.insertTarget(trx, row);
      await recordAudit(trx, actor, {
        action: 'coverage.target.create',
        entity: 'coverage_target',
        entityId: saved.id,
        changes: {
          locality: input.localityCode,
          scheme: row.scheme,
          year: row.year,
          value: row.value,
        },
      });
      return (await presented(trx, [saved]))[0]!;
    });
  } catch (error) {
    // two writers racing past sameKey: the unique index decides
    if (isConflict(error))
      throw coverageErrors.duplicate(input.localityCode, input.scheme, input.year, input.groupCode);
    throw error;
  }
}

export async function updateTarget(db: Db, actor: Actor, id: number, patch: TargetPatch) {
  try {
    return await afterCommit(db, (trx) => updateIn(trx, actor, id, patch));
  } catch (error) {
    // a racing writer took the new group's key: the unique index decides
    if (isConflict(error)) throw coverageErrors.groupTaken(id, patch.groupCode ?? null);
    throw error;
  }
}

async function updateIn(trx: Tx, actor: Actor, id: number, patch: TargetPatch) {
  const row = await repo.targetRow(trx, id, true);
  if (!row) throw coverageErrors.notFound(id);
  const [before] = await presented(trx, [row]);
  const after = { ...(before as unknown as TargetInput), ...patch };
  const problems = valueProblems(after);
  if (problems.length > 0) throw coverageErrors.invalid(problems);
  const unit = (await unitSummaries(trx, [row.unit_id])).get(row.unit_id)!;
  await assertReach(trx, actor, unit);
  const changes = {
    group_code: after.groupCode,
    measure: after.measure,
    value: fromScaled(toScaled(after.value)!),
    denominator_kind: after.denominatorKind,
    source: after.source.trim(),
  };
  if (after.groupCode !== row.group_code) {
    const taken = await repo.sameKey(trx, { ...row, group_code: after.groupCode });
    if (taken) throw duplicateOf({ ...row, ...changes }, before!.localityCode);
  }
  const updated = await repo.updateTargetRow(trx, id, changes);
  await recordAudit(trx, actor, {
    action: 'coverage.target.update',
    entity: 'coverage_target',
    entityId: id,
    changes: diff(before!, (await presented(trx, [updated]))[0]!),
  });
  return (await presented(trx, [updated]))[0]!;
}

function diff(before: Target, after: Target) {
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof Target)[])
    if (before[key] !== after[key]) changed[key] = { from: before[key], to: after[key] };
  return changed;
}
