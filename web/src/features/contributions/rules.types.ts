// Rule tables as the API lists them (GET /api/v1/contributions/rules/{table}?at=): every row
// has its validity [validFrom, validTo), legal reference, "confirmed" flag and note, plus the
// fields of its table. Each table's fields are described once here; the table view and the
// edit form are built from that description; the choices are the server's codes.
import {
  FUNDS,
  MEMBER_ORDERS,
  PARAMETER_KEYS,
  PARTIES,
  POVERTY_AREAS,
  RATE_VARIANTS,
  REGIONS,
  SUPPORT_SCHEMES,
} from './contributions.types';

export const RULE_TABLES = [
  'base-salaries',
  'regional-minimum-wages',
  'wage-regions',
  'poverty-lines',
  'rates',
  'parameters',
  'household-shares',
  'state-support-shares',
] as const;
export type RuleTableKey = (typeof RULE_TABLES)[number];

export interface RuleRow {
  id: number;
  validFrom: string;
  validTo: string | null;
  legalRef: string;
  confirmed: boolean;
  note: string | null;
  [field: string]: unknown;
}

export type FieldKind = 'money' | 'percent' | 'integer' | 'text' | 'choice';

export interface RuleField {
  name: string;
  kind: FieldKind;
  /** for 'choice': the allowed values (labels under contributions.values.<name>.<value>) */
  options?: readonly (string | number)[];
  /** may be left empty (sent as null) */
  optional?: boolean;
  /** part of the row's key: set when the row is added, never changed (end it, add another) */
  key?: boolean;
}

export const RULE_FIELDS: Record<RuleTableKey, RuleField[]> = {
  'base-salaries': [{ name: 'amount', kind: 'money' }],
  'regional-minimum-wages': [
    { name: 'region', kind: 'choice', options: REGIONS, key: true },
    { name: 'amount', kind: 'money' },
  ],
  'wage-regions': [
    { name: 'unitCode', kind: 'text', key: true },
    { name: 'region', kind: 'choice', options: REGIONS },
  ],
  'poverty-lines': [
    { name: 'area', kind: 'choice', options: POVERTY_AREAS, key: true },
    { name: 'amount', kind: 'money' },
  ],
  rates: [
    { name: 'fund', kind: 'choice', options: FUNDS, key: true },
    { name: 'party', kind: 'choice', options: PARTIES, key: true },
    { name: 'variant', kind: 'choice', options: RATE_VARIANTS, key: true },
    { name: 'ratePercent', kind: 'percent' },
  ],
  parameters: [
    { name: 'key', kind: 'choice', options: PARAMETER_KEYS, key: true },
    { name: 'value', kind: 'text' },
  ],
  'household-shares': [
    { name: 'memberOrder', kind: 'choice', options: MEMBER_ORDERS, key: true },
    { name: 'sharePercent', kind: 'percent' },
  ],
  'state-support-shares': [
    { name: 'scheme', kind: 'choice', options: SUPPORT_SCHEMES, key: true },
    { name: 'target', kind: 'text', key: true },
    { name: 'sharePercent', kind: 'percent' },
    { name: 'maxMonths', kind: 'integer', optional: true },
  ],
};
