// The JSON shape of a target and of its plan (camelCase; values as numbers: a percent for a
// rate, persons for a count).
import { Type, type Static } from 'typebox';
import type { UnitSummary } from '../geo/index.js';
import type { PlanRow, TargetRow } from './targets.repo.js';

export const TargetSchema = Type.Object(
  {
    id: Type.Integer(),
    localityCode: Type.String(),
    localityName: Type.String(),
    localityLevel: Type.String(),
    scheme: Type.String(),
    year: Type.Integer(),
    groupCode: Type.Union([Type.String(), Type.Null()]),
    measure: Type.String(),
    value: Type.Number(),
    denominatorKind: Type.String(),
    source: Type.String(),
  },
  { description: 'A coverage target of a locality (as it was in the year) for a year' },
);
export type Target = Static<typeof TargetSchema>;

export const PlanSchema = Type.Object({
  targetId: Type.Integer(),
  periodKind: Type.String(),
  items: Type.Array(Type.Object({ periodStart: Type.String(), value: Type.Number() })),
});

export function presentTarget(row: TargetRow, unit: UnitSummary): Target {
  return {
    id: row.id,
    localityCode: unit.code,
    localityName: unit.name,
    localityLevel: unit.level,
    scheme: row.scheme,
    year: row.year,
    groupCode: row.group_code,
    measure: row.measure,
    value: Number(row.value),
    denominatorKind: row.denominator_kind,
    source: row.source,
  };
}

/** A target's plans, one entry per period kind that has any. */
export function presentPlans(targetId: number, rows: PlanRow[]) {
  return (['month', 'week'] as const)
    .map((kind) => ({
      targetId,
      periodKind: kind,
      items: rows
        .filter((r) => r.period_kind === kind)
        .map((r) => ({ periodStart: r.period_start, value: Number(r.value) })),
    }))
    .filter((p) => p.items.length > 0);
}
