// The JSON shape of a locality's board: what the dashboard and the steering-committee report
// show. Aggregates only (no person), so any locality under coverage.read.
import { Type, type Static, type TSchema } from 'typebox';
import { SummarySchema } from './monitoring.presenter.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const GeographySchema = Type.Union([Type.Literal('as-is'), Type.Literal('as-was')]);
export type Geography = Static<typeof GeographySchema>;

export const ChildSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.String(),
  participants: Nullable(Type.Integer()),
  denominator: Nullable(Type.Integer()),
  ratePercent: Nullable(Type.Number()),
  /** the year's rate target in percent, or null (count targets and none) */
  targetPercent: Nullable(Type.Number()),
  gapPoints: Nullable(Type.Number()),
  gapPersons: Nullable(Type.Integer()),
  /** by rate among the siblings with a known rate, 1 = highest; ties share a rank */
  rank: Nullable(Type.Integer()),
  /** 'above' when rate ≥ target, 'below' when under it, 'unknown' without rate or target */
  status: Type.Union([Type.Literal('above'), Type.Literal('below'), Type.Literal('unknown')]),
});
export type Child = Static<typeof ChildSchema>;

export const TrendPointSchema = Type.Object({
  month: Type.String({ description: "'YYYY-MM', stock at its end" }),
  participants: Type.Integer(),
  ratePercent: Nullable(Type.Number()),
});

export const ForecastSchema = Type.Object({
  year: Type.Integer(),
  participants: Type.Integer(),
  low: Nullable(Type.Integer()),
  high: Nullable(Type.Integer()),
  ratePercent: Nullable(Type.Number()),
  lowRatePercent: Nullable(Type.Number()),
  highRatePercent: Nullable(Type.Number()),
  basis: Type.String({ description: "'this-year' or 'last-year' (fewer than two months seen)" }),
  januaryDipRatio: Nullable(Type.Number()),
  monthsLeft: Type.Integer(),
  /** persons to add each remaining month to reach the target (null without a target) */
  personsNeededPerMonth: Nullable(Type.Integer()),
});

export const BoardSchema = Type.Object({
  summary: SummarySchema,
  geography: GeographySchema,
  /** the locality's rank among its siblings (null for the country or without a rate) */
  rankAmongSiblings: Nullable(Type.Object({ rank: Type.Integer(), of: Type.Integer() })),
  /** provinces of the country, communes of a province (as-was: the units valid on `at`) */
  children: Type.Array(ChildSchema),
  /** children codes above target, the largest margin first */
  above: Type.Array(Type.String()),
  /** children codes below target, the largest shortfall first */
  below: Type.Array(Type.String()),
  /** months of `at`'s year and the year before whose facts are built, up to `at` */
  trend: Type.Array(TrendPointSchema),
  forecast: Nullable(ForecastSchema),
});
export type Board = Static<typeof BoardSchema>;

export const BreakdownItemSchema = Type.Object({
  key: Type.String(),
  participants: Type.Integer(),
});

export const BreakdownSchema = Type.Object({
  locality: Type.Object({ code: Type.String(), name: Type.String(), level: Type.String() }),
  month: Type.String(),
  scheme: Type.String(),
  /** participant group codes (DN, HC, HN, …), the largest first */
  group: Type.Array(BreakdownItemSchema),
  /** 'male', 'female' */
  sex: Type.Array(BreakdownItemSchema),
  /** '0-5', '6-17', '18-24', '25-59', '60-74', '75+' in that order */
  ageBand: Type.Array(BreakdownItemSchema),
});
export type Breakdown = Static<typeof BreakdownSchema>;
