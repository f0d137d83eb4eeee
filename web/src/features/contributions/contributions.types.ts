// Shapes of the contributions API (src/modules/contributions): calculator requests and their
// itemised result, rule rows, local support policies and what-if simulations. Money is integer
// VND; percentages are the database's numeric text in percent units ('4.5' = 4.5%). The codes
// (payers, funds, …) and the result's shape (Calculation) are the server's own, in
// src/modules/contributions/contributions.codes.ts, re-exported here.

export * from '../../../../src/modules/contributions/contributions.codes';

export type PayRegime = 'employer_set' | 'state_scale';
export type OaOdVariant = 'standard' | 'high_risk';

export interface CompulsoryRequest {
  month: string;
  salary: number;
  region?: number;
  communeCode?: string;
  payRegime?: PayRegime;
  unpaidDays?: number;
  oaOdVariant?: OaOdVariant;
  covidRelief?: boolean;
}

export const SUPPORT_GROUPS = ['poor', 'near_poor', 'ethnic_minority', 'island', 'other'] as const;
export type SupportGroup = (typeof SUPPORT_GROUPS)[number];

export interface VoluntarySiRequest {
  start: string;
  income: number;
  months: number;
  supportGroup: SupportGroup;
  supportedMonthsBefore?: number;
  provinceCode?: string;
}

export interface HouseholdMember {
  groupCode?: string;
  birthDate?: string;
  statuses?: string[];
}

export interface HouseholdHiRequest {
  start: string;
  months?: number;
  members: HouseholdMember[];
  provinceCode?: string;
}

export type CalculationKind = 'compulsory' | 'voluntary-si' | 'household-hi';

/** Registry status codes a support condition can name (person_status_kind). */
export const STATUS_CODES = [
  'poor',
  'near_poor',
  'pupil',
  'student',
  'farm_household',
  'social_pension',
  'social_assistance',
  'ethnic_minority_hard_area',
  'hard_area_resident',
  'island_resident',
  'meritorious',
  'veteran',
] as const;
