// Shapes of the coverage board API (src/modules/coverage/board.presenter.ts): aggregates of a
// locality on a date, never a person. Rates are percents; null wherever an input is unknown.

export const SCHEMES = ['HI', 'SI', 'SI_COMPULSORY', 'SI_VOLUNTARY', 'UI'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const GEOGRAPHIES = ['as-is', 'as-was'] as const;
export type Geography = (typeof GEOGRAPHIES)[number];

export interface Locality {
  code: string;
  name: string;
  level: string;
}

export interface Summary {
  locality: Locality;
  at: string;
  /** 'YYYY-MM': the counts are the stocks at its end */
  month: string;
  scheme: string;
  participants: number | null;
  denominator: { value: number; kind: string; year: number; source: string } | null;
  ratePercent: number | null;
  /** measure 'coverage_rate' (percent) or 'participants' (persons) */
  target: { value: number; measure: string; source: string } | null;
  gapPoints: number | null;
  gapPersons: number | null;
  /** percent of the year's target reached */
  shareOfTargetReached: number | null;
  factsBuilt: boolean;
}

export type ChildStatus = 'above' | 'below' | 'unknown';

export interface Child extends Locality {
  participants: number | null;
  denominator: number | null;
  ratePercent: number | null;
  targetPercent: number | null;
  gapPoints: number | null;
  gapPersons: number | null;
  rank: number | null;
  status: ChildStatus;
}

export interface TrendPoint {
  month: string;
  participants: number;
  ratePercent: number | null;
}

export interface Forecast {
  year: number;
  participants: number;
  low: number | null;
  high: number | null;
  ratePercent: number | null;
  lowRatePercent: number | null;
  highRatePercent: number | null;
  basis: string;
  januaryDipRatio: number | null;
  monthsLeft: number;
  personsNeededPerMonth: number | null;
}

export interface Board {
  summary: Summary;
  geography: Geography;
  rankAmongSiblings: { rank: number; of: number } | null;
  children: Child[];
  above: string[];
  below: string[];
  trend: TrendPoint[];
  forecast: Forecast | null;
}

export interface BreakdownItem {
  key: string;
  participants: number;
}

export interface Breakdown {
  locality: Locality;
  month: string;
  scheme: string;
  group: BreakdownItem[];
  sex: BreakdownItem[];
  ageBand: BreakdownItem[];
}
