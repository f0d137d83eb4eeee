// Shapes of the targets API (GET/POST /api/v1/coverage/targets, PATCH /targets/{id}, plans and
// imports), as the server's presenter writes them. The codes (schemes, measures, denominator
// kinds) are the server's own list, src/modules/coverage/targets.codes.ts, re-exported here.
import type {
  DenominatorKind,
  Measure,
  Scheme,
} from '../../../../../src/modules/coverage/targets.codes';

export * from '../../../../../src/modules/coverage/targets.codes';

export interface Target {
  id: number;
  localityCode: string;
  localityName: string;
  localityLevel: string;
  scheme: Scheme;
  year: number;
  groupCode: string | null;
  measure: Measure;
  /** a percent (0–100) for a rate, persons for a count */
  value: number;
  denominatorKind: DenominatorKind;
  source: string;
}

/** The list's filters, kept in the address ('' = any). */
export interface TargetFilters {
  year: string;
  scheme: Scheme | '';
  locality: string;
}

/** What the form edits; the value as decimal text ("95.15") so no float rounds it. */
export interface TargetInput {
  localityCode: string;
  scheme: Scheme;
  year: number;
  measure: Measure;
  value: string;
  denominatorKind: DenominatorKind;
  groupCode: string | null;
  source: string;
}

export type TargetPatch = Pick<
  TargetInput,
  'measure' | 'value' | 'denominatorKind' | 'groupCode' | 'source'
>;

export type PeriodKind = 'month' | 'week';

export interface Plan {
  targetId: number;
  periodKind: PeriodKind;
  /** cumulative values from the start of the year, the last one the target */
  items: { periodStart: string; value: number }[];
}

export interface PlanRequest {
  periodKind: PeriodKind;
  startValue?: number;
}

/** One refused line of an import (COVERAGE_IMPORT_INVALID's details.errors). */
export interface ImportLineError {
  line: number;
  field: string;
  message: string;
  messageVi: string;
}

export interface ImportResult {
  rows: number;
  inserted: number;
}
