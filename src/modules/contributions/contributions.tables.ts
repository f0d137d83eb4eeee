// Kysely row types of the rule tables this module owns (migrations/0012_contribution_rules.sql).
// bigint → number (platform type parser), date → 'YYYY-MM-DD', numeric → exact decimal text.
import type { Generated } from 'kysely';
import type { Fund, ParameterKey, Party, RateVariant } from './rules.types.js';

/** The columns every rule row has: its validity [valid_from, valid_to) and its legal basis. */
interface DatedColumns {
  id: Generated<number>;
  valid_from: string;
  valid_to: string | null;
  legal_ref: string;
  confirmed: Generated<boolean>;
  note: string | null;
}

export interface BaseSalaryTable extends DatedColumns {
  amount: number;
}

export interface RegionalMinimumWageTable extends DatedColumns {
  region: number;
  amount: number;
}

export interface WageRegionTable extends DatedColumns {
  unit_id: number;
  region: number;
}

export interface PovertyLineTable extends DatedColumns {
  area: 'rural' | 'urban';
  amount: number;
}

export interface ContributionRateTable extends DatedColumns {
  fund: Fund;
  party: Party;
  variant: Generated<RateVariant>;
  rate_percent: string;
}

export interface ContributionParameterTable extends DatedColumns {
  key: ParameterKey;
  value: string;
}

export interface HouseholdHiShareTable extends DatedColumns {
  member_order: number;
  share_percent: string;
}

export interface StateSupportShareTable extends DatedColumns {
  scheme: 'hi' | 'vsi';
  target: string;
  share_percent: string;
  max_months: number | null;
}

export interface ContributionsTables {
  base_salary: BaseSalaryTable;
  regional_minimum_wage: RegionalMinimumWageTable;
  wage_region: WageRegionTable;
  poverty_line: PovertyLineTable;
  contribution_rate: ContributionRateTable;
  contribution_parameter: ContributionParameterTable;
  household_hi_share: HouseholdHiShareTable;
  state_support_share: StateSupportShareTable;
}
