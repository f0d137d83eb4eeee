// Row types of coverage_target and coverage_plan (migrations/0017_coverage_targets.sql).
import type { Generated } from 'kysely';
import type { DenominatorKind, Measure, Scheme } from './targets.rules.js';

export interface CoverageTargetTable {
  id: Generated<number>;
  unit_id: number;
  scheme: Scheme;
  year: number;
  group_code: string | null;
  measure: Measure;
  /** numeric(16,4) as the database's text */
  value: string;
  denominator_kind: DenominatorKind;
  source: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CoveragePlanTable {
  id: Generated<number>;
  target_id: number;
  period_kind: 'month' | 'week';
  period_start: string;
  value: string;
  created_at: Generated<Date>;
}

export interface CoverageTargetTables {
  coverage_target: CoverageTargetTable;
  coverage_plan: CoveragePlanTable;
}

/** coverage_fact (migrations/0018_coverage_fact.sql): participants on a month's last day */
export interface CoverageFactTable {
  /** 'YYYY-MM-01' */
  month: string;
  commune_id: number;
  scheme: string;
  group_code: string;
  sex: string;
  age_band: string;
  participants: number;
}

/** coverage_total (0019): coverage_fact summed by month, commune and scheme */
export interface CoverageTotalTable {
  month: string;
  commune_id: number;
  scheme: string;
  participants: number;
}

export interface CoverageFactTables {
  coverage_fact: CoverageFactTable;
  coverage_total: CoverageTotalTable;
}
