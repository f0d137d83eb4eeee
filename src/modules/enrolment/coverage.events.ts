// The event enrolment publishes (src/platform/events.ts) inside the transaction that adds or
// ends a coverage period, for modules that keep data derived from periods (coverage facts).
import type { Scheme } from './enrolment.tables.js';

export const COVERAGE_PERIOD_CHANGED = 'enrolment.coverage-period.changed';

export type CoveragePeriodChange = {
  personId: number;
  scheme: Scheme;
  groupCode: string;
  validFrom: string;
  /** the period's end after the change (null: open) */
  validTo: string | null;
} & ({ change: 'added' } | { change: 'ended'; oldValidTo: string | null });
