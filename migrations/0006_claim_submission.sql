-- Minimal health-insurance claim submissions, so facility scoping is enforced before the claims
-- issue builds the real thing (XML 130/4750 files, appraisal).
create table claim_submission (
  id bigint generated always as identity primary key,
  -- MA_CSKCB of the submitting facility: the scope key
  facility_code text not null check (facility_code ~ '^[0-9]{5}$'),
  card_number text not null check (card_number ~ '^[A-Z]{2}[0-9]{13}$'),
  admission_date date not null,
  total_amount bigint not null check (total_amount >= 0),
  submitted_at timestamptz not null default now(),
  submitted_by text not null
);
create index claim_submission_facility_idx on claim_submission (facility_code, id);
