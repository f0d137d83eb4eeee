// The rule tables the API reads and edits, described once: their path segment, their table,
// and each field's column, kind and whether it is part of the row's key (rows of one key must
// not overlap in time) or a value an authorised user may correct.
import {
  FUNDS,
  PARAMETER_KEYS,
  PARTIES,
  POVERTY_AREAS,
  RATE_VARIANTS,
  SUPPORT_SCHEMES,
} from './contributions.codes.js';
import type { ContributionsTables } from './contributions.tables.js';

export type FieldKind =
  | 'amount' // whole VND, > 0
  | 'percent' // numeric text, 0–100
  | 'decimal' // numeric text, ≥ 0
  | 'region' // 1–4
  | 'order' // household member order 1–5
  | 'months' // a positive count of months, or null
  | 'enum'
  | 'code' // letters and underscores, as the table's check
  | 'unit'; // an administrative unit: stored as its id, given and shown by code

export interface FieldSpec {
  column: string;
  field: string;
  kind: FieldKind;
  key: boolean;
  values?: readonly string[];
  /** a value omitted on create takes the column default */
  defaultValue?: string | null;
  /** the smallest allowed percent is exclusive (household shares must be above 0) */
  positive?: boolean;
}

export type RuleTableName = keyof ContributionsTables;

export interface RuleTableSpec {
  path: string;
  table: RuleTableName;
  fields: readonly FieldSpec[];
}

const key = (column: string, field: string, kind: FieldKind, values?: readonly string[]) =>
  ({ column, field, kind, key: true, ...(values ? { values } : {}) }) satisfies FieldSpec;
const value = (column: string, field: string, kind: FieldKind, extra: Partial<FieldSpec> = {}) =>
  ({ column, field, kind, key: false, ...extra }) satisfies FieldSpec;

export const RULE_TABLES: readonly RuleTableSpec[] = [
  { path: 'base-salaries', table: 'base_salary', fields: [value('amount', 'amount', 'amount')] },
  {
    path: 'regional-minimum-wages',
    table: 'regional_minimum_wage',
    fields: [key('region', 'region', 'region'), value('amount', 'amount', 'amount')],
  },
  {
    path: 'wage-regions',
    table: 'wage_region',
    fields: [key('unit_id', 'unitCode', 'unit'), value('region', 'region', 'region')],
  },
  {
    path: 'poverty-lines',
    table: 'poverty_line',
    fields: [key('area', 'area', 'enum', POVERTY_AREAS), value('amount', 'amount', 'amount')],
  },
  {
    path: 'rates',
    table: 'contribution_rate',
    fields: [
      key('fund', 'fund', 'enum', FUNDS),
      key('party', 'party', 'enum', PARTIES),
      {
        ...key('variant', 'variant', 'enum', RATE_VARIANTS),
        defaultValue: 'standard',
      },
      value('rate_percent', 'ratePercent', 'percent'),
    ],
  },
  {
    path: 'parameters',
    table: 'contribution_parameter',
    fields: [key('key', 'key', 'enum', PARAMETER_KEYS), value('value', 'value', 'decimal')],
  },
  {
    path: 'household-shares',
    table: 'household_hi_share',
    fields: [
      key('member_order', 'memberOrder', 'order'),
      value('share_percent', 'sharePercent', 'percent', { positive: true }),
    ],
  },
  {
    path: 'state-support-shares',
    table: 'state_support_share',
    fields: [
      key('scheme', 'scheme', 'enum', SUPPORT_SCHEMES),
      key('target', 'target', 'code'),
      value('share_percent', 'sharePercent', 'percent'),
      value('max_months', 'maxMonths', 'months', { defaultValue: null }),
    ],
  },
];

export const RULE_TABLE_PATHS = RULE_TABLES.map((t) => t.path);

export function ruleTableByPath(path: string): RuleTableSpec | undefined {
  return RULE_TABLES.find((t) => t.path === path);
}
