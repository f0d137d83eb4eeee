// What a board needs besides the month's counts, and changes rarely: a unit's communes (its
// scope, every version of them), its denominators for the year and the year before, its
// target. Held in memory for a minute (and dropped when a target changes in this process), so
// a board request reads only coverage_total; a denominator or boundary edit shows within the
// minute.
import type { Db } from '../../db-schema.js';
import { childUnits, unitsWithinScope, type UnitRow } from '../geo/index.js';
import { memo } from './board.cache.js';
import { defaultDenominatorKind } from './monitoring.rules.js';
import { denominatorOf } from './monitoring.service.js';
import type { Denominator } from './monitoring.presenter.js';
import type { Target } from './targets.presenter.js';
import type { Scheme } from './targets.rules.js';
import { listTargets } from './targets.service.js';

export interface UnitStatics {
  unit: Pick<UnitRow, 'id' | 'code' | 'name' | 'level' | 'parent_id'>;
  /** commune ids within the unit (null: the whole country) */
  scope: number[] | null;
  denominator: Denominator | null;
  priorDenominator: Denominator | null;
  target: Target | null;
}

/** The year's targets of the scheme by locality code (the locality-wide ones, no group). */
function targetsOf(db: Db, year: number, scheme: Scheme) {
  return memo(`targets|${year}|${scheme}`, async () => {
    const { items } = await listTargets(db, { year, scheme });
    return new Map(items.filter((t) => t.groupCode === null).map((t) => [t.localityCode, t]));
  });
}

/**
 * A unit's statics for `year`. `at` is the day the unit is valid on (today for as-is views of
 * past years): geo resolves its code then, and re-aggregates the figures of its predecessors.
 */
export function unitStatics(
  db: Db,
  unit: UnitStatics['unit'],
  at: string,
  year: number,
  scheme: Scheme,
): Promise<UnitStatics> {
  return memo(`unit|${unit.id}|${at}|${year}|${scheme}`, async () => {
    const target = (await targetsOf(db, year, scheme)).get(unit.code) ?? null;
    const kind = target?.denominatorKind ?? defaultDenominatorKind(scheme);
    const asUnit = unit as UnitRow;
    return {
      unit,
      scope: unit.level === 'country' ? null : await unitsWithinScope(db, [unit.id]),
      denominator: await denominatorOf(db, asUnit, at, year, kind),
      priorDenominator: await denominatorOf(db, asUnit, at, year - 1, kind),
      target,
    };
  });
}

/** The children of a unit valid on `at`, each with its statics. */
export function childStatics(
  db: Db,
  parentId: number,
  at: string,
  year: number,
  scheme: Scheme,
): Promise<UnitStatics[]> {
  return memo(`children|${parentId}|${at}|${year}|${scheme}`, async () => {
    const units = await childUnits(db, parentId, at);
    const out: UnitStatics[] = [];
    for (const u of units) out.push(await unitStatics(db, u, at, year, scheme));
    return out;
  });
}
