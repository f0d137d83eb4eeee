// SQL of coverage_target and coverage_plan. Functions take (db | trx, …).
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import type { CoveragePlanTable, CoverageTargetTable } from './coverage.tables.js';

export type TargetRow = Selectable<CoverageTargetTable>;
export type NewTargetRow = Insertable<CoverageTargetTable>;
export type PlanRow = Selectable<CoveragePlanTable>;

export interface TargetFilter {
  unitIds?: number[] | undefined;
  year?: number | undefined;
  scheme?: string | undefined;
}

export function listTargetRows(db: Db | Tx, f: TargetFilter): Promise<TargetRow[]> {
  let q = db.selectFrom('coverage_target').selectAll();
  if (f.unitIds) q = q.where('unit_id', 'in', f.unitIds.length ? f.unitIds : [-1]);
  if (f.year) q = q.where('year', '=', f.year);
  if (f.scheme) q = q.where('scheme', '=', f.scheme as TargetRow['scheme']);
  return q.orderBy('year').orderBy('unit_id').orderBy('scheme').orderBy('id').execute();
}

export function targetRow(db: Db | Tx, id: number, forUpdate = false) {
  const q = db.selectFrom('coverage_target').selectAll().where('id', '=', id);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

/** The target with the same key, if any (the unique index also guards races). */
export function sameKey(
  db: Db | Tx,
  t: Pick<TargetRow, 'unit_id' | 'scheme' | 'year'> & { group_code?: string | null },
) {
  return db
    .selectFrom('coverage_target')
    .select('id')
    .where('unit_id', '=', t.unit_id)
    .where('scheme', '=', t.scheme)
    .where('year', '=', t.year)
    .where(sql<boolean>`coalesce(group_code, '') = ${t.group_code ?? ''}`)
    .executeTakeFirst();
}

export function insertTarget(trx: Tx, row: NewTargetRow): Promise<TargetRow> {
  return trx.insertInto('coverage_target').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateTargetRow(trx: Tx, id: number, changes: Updateable<CoverageTargetTable>) {
  return trx
    .updateTable('coverage_target')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function plansOf(db: Db | Tx, targetId: number): Promise<PlanRow[]> {
  return db
    .selectFrom('coverage_plan')
    .selectAll()
    .where('target_id', '=', targetId)
    .orderBy('period_kind')
    .orderBy('period_start')
    .execute();
}

/** Replaces the target's plan of one kind by the given periods. */
export async function replacePlans(
  trx: Tx,
  targetId: number,
  kind: 'month' | 'week',
  periods: { start: string; value: string }[],
) {
  await trx
    .deleteFrom('coverage_plan')
    .where('target_id', '=', targetId)
    .where('period_kind', '=', kind)
    .execute();
  await trx
    .insertInto('coverage_plan')
    .values(
      periods.map((p) => ({
        target_id: targetId,
        period_kind: kind,
        period_start: p.start,
        value: p.value,
      })),
    )
    .execute();
}
