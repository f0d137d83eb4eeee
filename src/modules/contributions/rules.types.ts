// Plain data the pure calculator reads: the rule rows of migrations 0012–0013 (and the
// support policies), loaded by rules.repo.ts for a period. No I/O here.
// Percentages travel as the database's numeric text ('0.5000', '4.5'): the calculator turns
// them into integers (millionths) so money stays exact integer VND.

export type Fund = 'sickness_maternity' | 'oa_od' | 'retirement_survivor' | 'hi' | 'ui';
export type Party = 'employer' | 'employee';
export type RateVariant = 'standard' | 'high_risk' | 'covid_relief';
/** Who pays a share of a contribution or premium (the breakdown's keys). */
export type Payer =
  'employee' | 'employer' | 'state_budget' | 'local_budget' | 'household' | 'si_fund' | 'self';
export type Region = 1 | 2 | 3 | 4;

export type RuleTable =
  | 'base_salary'
  | 'regional_minimum_wage'
  | 'wage_region'
  | 'poverty_line'
  | 'contribution_rate'
  | 'contribution_parameter'
  | 'household_hi_share'
  | 'state_support_share'
  | 'participant_group'
  | 'support_policy';

export type ParameterKey =
  | 'si_hi_cap_base_multiple'
  | 'ui_cap_regional_min_multiple'
  | 'ui_cap_state_scale_base_multiple'
  | 'hi_rate_percent'
  | 'vsi_rate_percent'
  | 'vsi_income_cap_base_multiple'
  | 'vsi_support_max_months'
  | 'unpaid_days_threshold';

/** What every rule row has: where it comes from and when it holds ([validFrom, validTo)). */
export interface DatedRow {
  id: number;
  validFrom: string;
  validTo: string | null;
  legalRef: string;
  confirmed: boolean;
}

export interface BaseSalaryRow extends DatedRow {
  amount: number;
}
export interface RegionalMinimumWageRow extends DatedRow {
  region: Region;
  amount: number;
}
export interface PovertyLineRow extends DatedRow {
  area: 'rural' | 'urban';
  amount: number;
}
export interface RateRow extends DatedRow {
  fund: Fund;
  party: Party;
  variant: RateVariant;
  ratePercent: string;
}
export interface ParameterRow extends DatedRow {
  key: ParameterKey;
  value: string;
}
export interface HouseholdShareRow extends DatedRow {
  /** 5 stands for the 5th member and later */
  memberOrder: 1 | 2 | 3 | 4 | 5;
  sharePercent: string;
}
export interface StateSupportRow extends DatedRow {
  scheme: 'hi' | 'vsi';
  /** HI: a participant group code or variant key ('CN_poor_area'); VSI: 'poor', 'near_poor', … */
  target: string;
  sharePercent: string;
  maxMonths: number | null;
}
/** A participant group as the calculator needs it (enrolment's participant_group rows). */
export interface GroupRow extends DatedRow {
  code: string;
  premiumPayer:
    'employer_employee' | 'si_fund' | 'ui_fund' | 'state_budget' | 'state_supported' | 'household';
}

/** Every national rule row that may apply in a period (the repo loads by overlap). */
export interface RuleSet {
  baseSalaries: BaseSalaryRow[];
  regionalMinimumWages: RegionalMinimumWageRow[];
  povertyLines: PovertyLineRow[];
  rates: RateRow[];
  parameters: ParameterRow[];
  householdShares: HouseholdShareRow[];
  stateSupport: StateSupportRow[];
  groups: GroupRow[];
}

/** A rule row the result relied on, so an officer can see (and cite) why. */
export interface RuleUsed {
  table: RuleTable;
  id: number;
  legalRef: string;
  confirmed: boolean;
}

export interface BreakdownLine {
  /** e.g. 'retirement_survivor', 'hi', 'ui', 'vsi', 'hi_household' */
  item: string;
  payer: Payer;
  /** the month (YYYY-MM) the line belongs to, for multi-month results */
  month?: string;
  /** household HI: the member the line belongs to (1-based, in the order given) */
  member?: number;
  base: number;
  /** the share applied, as the rule's percentage text */
  percent: string;
  amount: number;
}

/** Every calculator result: itemised lines, totals by payer, the rules used. */
export interface Calculation {
  total: number;
  byPayer: Partial<Record<Payer, number>>;
  lines: BreakdownLine[];
  rulesUsed: RuleUsed[];
  /** plain-language remarks (caps applied, a rule not confirmed, …), English and Vietnamese */
  notes: { en: string; vi: string }[];
}

/** What eligibility for a support policy is judged on (from the registry and enrolment). */
export interface PersonFacts {
  /** participant group code of the person's HI cover, or the group they would join under */
  groupCode?: string;
  /** registry status codes valid at the date: 'poor', 'near_poor', 'pupil', 'farm_household', … */
  statuses: string[];
  birthDate?: string;
  /** commune of residence (code) */
  communeCode?: string;
  /** has a valid HI card at the date */
  hasValidCard?: boolean;
  /** occupations the caller states ('waste_collector'): the registry does not record them */
  occupations?: string[];
}

/**
 * A provincial support policy that applies to a person: 'add' puts its share on top of the
 * national one; 'top_up_to' brings the total support up to its share. Either way the total is
 * capped at 100%.
 */
export interface LocalTopUp {
  policyId: number;
  code: string;
  name: string;
  scheme: 'hi' | 'vsi';
  sharePercent: string | null;
  /** fixed amount per month instead of a share (VND) */
  amount: number | null;
  stacking: 'add' | 'top_up_to';
  legalRef: string;
  confirmed: boolean;
}
