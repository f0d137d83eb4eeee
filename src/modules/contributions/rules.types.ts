// Plain data the pure calculator reads: the rule rows of migrations 0012–0013 (and the
// support policies), loaded by rules.repo.ts for a period. No I/O here.
// Percentages travel as the database's numeric text ('0.5000', '4.5'): the calculator turns
// them into integers (millionths) so money stays exact integer VND. The codes (funds, payers, …)
// and a calculation's shape are contributions.codes.ts's, re-exported here.
import type {
  Fund,
  MemberOrder,
  ParameterKey,
  Party,
  PovertyArea,
  RateVariant,
  Region,
  SupportScheme,
} from './contributions.codes.js';

export * from './contributions.codes.js';

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
  area: PovertyArea;
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
  memberOrder: MemberOrder;
  sharePercent: string;
}
export interface StateSupportRow extends DatedRow {
  scheme: SupportScheme;
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
  scheme: SupportScheme;
  sharePercent: string | null;
  /** fixed amount per month instead of a share (VND) */
  amount: number | null;
  stacking: 'add' | 'top_up_to';
  legalRef: string;
  confirmed: boolean;
}
