// The JSON shape of a locality's coverage summary (numbers, nulls where unknown).
import { Type, type Static, type TSchema } from 'typebox';
import type { UnitRow } from '../geo/index.js';
import type { Figures } from './monitoring.rules.js';
import type { Target } from './targets.presenter.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const DenominatorSchema = Type.Object({
  value: Type.Integer(),
  kind: Type.String(),
  year: Type.Integer(),
  source: Type.String(),
});
export type Denominator = Static<typeof DenominatorSchema>;

export const SummarySchema = Type.Object(
  {
    locality: Type.Object({ code: Type.String(), name: Type.String(), level: Type.String() }),
    at: Type.String(),
    month: Type.String({ description: "'YYYY-MM': the facts are the stocks at its end" }),
    scheme: Type.String(),
    participants: Nullable(Type.Integer()),
    denominator: Type.Union([DenominatorSchema, Type.Null()]),
    ratePercent: Nullable(Type.Number()),
    target: Type.Union([
      Type.Object({ value: Type.Number(), measure: Type.String(), source: Type.String() }),
      Type.Null(),
    ]),
    gapPoints: Nullable(Type.Number()),
    gapPersons: Nullable(Type.Integer()),
    shareOfTargetReached: Nullable(Type.Number()),
    factsBuilt: Type.Boolean(),
  },
  { description: "A locality's coverage on a date, against its denominator and target" },
);
export type Summary = Static<typeof SummarySchema>;

export interface SummaryInput {
  unit: UnitRow;
  at: string;
  month: string;
  scheme: string;
  participants: number | null;
  denominator: Denominator | null;
  target: Target | null;
  figures: Figures;
}

export function presentSummary(s: SummaryInput): Summary {
  return {
    locality: { code: s.unit.code, name: s.unit.name, level: s.unit.level },
    at: s.at,
    month: s.month.slice(0, 7),
    scheme: s.scheme,
    participants: s.participants,
    denominator: s.denominator,
    ...s.figures,
    target: s.target
      ? { value: s.target.value, measure: s.target.measure, source: s.target.source }
      : null,
    factsBuilt: s.participants !== null,
  };
}
