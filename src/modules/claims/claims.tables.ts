// Row types of the tables the claims module owns (migrations/0006_claim_submission.sql).
import type { Generated } from 'kysely';

export interface ClaimSubmissionTable {
  id: Generated<number>;
  facility_code: string;
  card_number: string;
  admission_date: string;
  total_amount: number;
  submitted_at: Generated<Date>;
  submitted_by: string;
}

export interface ClaimsTables {
  claim_submission: ClaimSubmissionTable;
}
