// The codes of contributions (rule tables' choices, payers) and a calculation's shape, owned here
// and nowhere else: the server and the web app (contributions.types.ts) import them; no imports.

export const FUNDS = ['sickness_maternity', 'oa_od', 'retirement_survivor', 'hi', 'ui'] as const;
export const PARTIES = ['employer', 'employee'] as const;
export const RATE_VARIANTS = ['standard', 'high_risk', 'covid_relief'] as const;
export const PARAMETER_KEYS = [
  'si_hi_cap_base_multiple',
  'ui_cap_regional_min_multiple',
  'ui_cap_state_scale_base_multiple',
  'hi_rate_percent',
  'vsi_rate_percent',
  'vsi_income_cap_base_multiple',
  'vsi_support_max_months',
  'unpaid_days_threshold',
] as const;
export const REGIONS = [1, 2, 3, 4] as const;
export const POVERTY_AREAS = ['rural', 'urban'] as const;
/** household HI: 5 stands for the 5th member and later */
export const MEMBER_ORDERS = [1, 2, 3, 4, 5] as const;
/** the schemes a state or local support share is for */
export const SUPPORT_SCHEMES = ['hi', 'vsi'] as const;
/** Who pays a share of a contribution or premium (the breakdown's keys). */
export const PAYERS = [
  'employee',
  'employer',
  'state_budget',
  'local_budget',
  'household',
  'si_fund',
  'self',
] as const;

export type Fund = (typeof FUNDS)[number];
export type Party = (typeof PARTIES)[number];
export type RateVariant = (typeof RATE_VARIANTS)[number];
export type ParameterKey = (typeof PARAMETER_KEYS)[number];
export type Region = (typeof REGIONS)[number];
export type PovertyArea = (typeof POVERTY_AREAS)[number];
export type MemberOrder = (typeof MEMBER_ORDERS)[number];
export type SupportScheme = (typeof SUPPORT_SCHEMES)[number];
export type Payer = (typeof PAYERS)[number];

/** The tables a rule the calculator used comes from (a calculation's rulesUsed[].table). */
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

/** A rule row the result relied on, so an officer can see (and cite) why. */
export interface RuleUsed {
  table: RuleTable;
  id: number;
  legalRef: string;
  confirmed: boolean;
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
