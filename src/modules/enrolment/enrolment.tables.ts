// Row types of the tables enrolment owns (migrations/0009_enrolment.sql, 0010).
import type { Generated } from 'kysely';

export type Scheme = 'si_compulsory' | 'si_voluntary' | 'hi' | 'ui' | 'oa_od';
export type Payer = 'employer' | 'state_budget' | 'local_budget' | 'household' | 'self' | 'si_fund';
export type PremiumPayer =
  'employer_employee' | 'si_fund' | 'ui_fund' | 'state_budget' | 'state_supported' | 'household';

export interface ParticipantGroupTable {
  code: string;
  benefit_level: number;
  valid_from: Generated<string>;
  valid_to: string | null;
  premium_payer: PremiumPayer;
  label_vi: string;
  label_en: string;
  legal_ref: string;
  note: string | null;
}

export interface CoveragePeriodTable {
  id: Generated<number>;
  person_id: number;
  scheme: Scheme;
  group_code: string;
  payer: Payer;
  employer_id: number | null;
  contribution_salary: number | null;
  valid_from: string;
  valid_to: string | null;
  source: Generated<'manual' | 'import' | 'generator'>;
  created_at: Generated<Date>;
}

export interface HiCardTable {
  id: Generated<number>;
  person_id: number;
  card_number: string;
  group_code: string;
  benefit_level: number;
  province_code: string;
  si_number: string;
  facility_code: string;
  valid_from: string;
  valid_to: string;
  five_years_from: string | null;
  issued_on: string;
  status: Generated<'active' | 'revoked'>;
  revoked_reason: string | null;
  created_at: Generated<Date>;
}

export interface CardCheckEventTable {
  id: Generated<number>;
  occurred_at: Date;
  actor: string;
  actor_user_id: number | null;
  token_id: number | null;
  request_id: string;
  key_kind: 'card' | 'national_id' | 'si_number';
  result_code: string;
  person_id: number | null;
}

export interface EnrolmentTables {
  participant_group: ParticipantGroupTable;
  coverage_period: CoveragePeriodTable;
  hi_card: HiCardTable;
  card_check_event: CardCheckEventTable;
}
