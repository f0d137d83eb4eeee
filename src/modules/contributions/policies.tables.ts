// Row type of the support_policy table (migrations/0014_support_policy.sql).
import type { ColumnType, Generated } from 'kysely';
import type { PolicyCondition } from './policies.rules.js';

export type PolicyStatus = 'draft' | 'active' | 'withdrawn';

export interface SupportPolicyTable {
  id: Generated<number>;
  code: string;
  name_vi: string;
  name_en: string;
  issuer_province_code: string | null;
  scheme: 'hi' | 'vsi';
  /** jsonb: read as an object, written as JSON text */
  condition: ColumnType<PolicyCondition, string, string>;
  /** numeric(7,4) as the database's text */
  share_percent: string | null;
  amount: number | null;
  stacking: 'add' | 'top_up_to';
  valid_from: string;
  valid_to: string | null;
  legal_ref: string;
  budget_line: string | null;
  status: Generated<PolicyStatus>;
  confirmed: Generated<boolean>;
  note: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PolicyTables {
  support_policy: SupportPolicyTable;
}
