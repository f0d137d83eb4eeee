-- Enrolment: participant groups (effective-dated data), coverage periods per person and scheme,
-- health-insurance cards, and the batched trail of card checks made by facilities.

-- participant group codes (mã đối tượng) with benefit level: Decision 1351/QĐ-BHXH as amended
-- by 1697/QĐ-BHXH and 1018/QĐ-BHXH; loaded from shared data/participant_groups.csv
create table participant_group (
  code text not null check (code ~ '^[A-Z]{2}$'),
  benefit_level smallint not null check (benefit_level between 1 and 5),
  valid_from date not null default '2015-01-01',
  valid_to date,
  premium_payer text not null check (premium_payer in (
    'employer_employee', 'si_fund', 'ui_fund', 'state_budget', 'state_supported', 'household')),
  label_vi text not null,
  label_en text not null,
  legal_ref text not null,
  note text,
  check (valid_to is null or valid_to > valid_from),
  primary key (code, valid_from),
  constraint participant_group_excl
    exclude using gist (code with =, daterange(valid_from, valid_to) with &&)
);

create table coverage_period (
  id bigint generated always as identity primary key,
  person_id bigint not null references person (id),
  -- si_compulsory, si_voluntary, hi (health), ui (unemployment), oa_od (occupational accident)
  scheme text not null check (scheme in ('si_compulsory', 'si_voluntary', 'hi', 'ui', 'oa_od')),
  group_code text not null check (group_code ~ '^[A-Z]{2}$'),
  payer text not null check (payer in (
    'employer', 'state_budget', 'local_budget', 'household', 'self', 'si_fund')),
  employer_id bigint references employer (id),
  -- monthly salary declared for contributions (employees), integer VND
  contribution_salary bigint check (contribution_salary > 0),
  valid_from date not null,
  valid_to date,
  source text not null default 'manual' check (source in ('manual', 'import', 'generator')),
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_to > valid_from),
  check ((payer = 'employer') = (employer_id is not null)),
  -- no two periods of the same scheme overlap for one person
  constraint coverage_period_excl
    exclude using gist (person_id with =, scheme with =, daterange(valid_from, valid_to) with &&)
);
create index coverage_period_person_idx on coverage_period (person_id);
create index coverage_period_employer_idx on coverage_period (employer_id) where employer_id is not null;

-- HI cards (thẻ BHYT): GG L PP NNNNNNNNNN, see src/modules/enrolment/card-number.ts
create table hi_card (
  id bigint generated always as identity primary key,
  person_id bigint not null references person (id),
  card_number text not null check (card_number ~ '^[A-Z]{2}[1-5][0-9]{2}[0-9]{10}$'),
  group_code text not null,
  benefit_level smallint not null check (benefit_level between 1 and 5),
  province_code text not null check (province_code ~ '^[0-9]{2}$'),
  si_number text not null check (si_number ~ '^[0-9]{10}$'),
  -- registered primary facility (MA_DKBD)
  facility_code text not null references facility (code),
  valid_from date not null,
  valid_to date not null,
  -- the day the holder reaches 5 consecutive years of cover (ngày đủ 5 năm liên tục)
  five_years_from date,
  issued_on date not null,
  status text not null default 'active' check (status in ('active', 'revoked')),
  revoked_reason text,
  created_at timestamptz not null default now(),
  check (valid_to > valid_from),
  check (substr(card_number, 1, 2) = group_code and substr(card_number, 6) = si_number),
  check ((status = 'revoked') = (revoked_reason is not null)),
  unique (card_number, valid_from),
  -- one valid card at a time: a renewal starts when the previous card ends
  constraint hi_card_excl exclude using gist (
    person_id with =, daterange(valid_from, valid_to) with &&) where (status = 'active')
);
-- the card check finds the latest card by SI number (the last 10 characters of the card)
create index hi_card_si_idx on hi_card (si_number, valid_from desc);
create index hi_card_person_idx on hi_card (person_id, valid_from desc);

-- one row per card check, written in batches (a reception desk checks thousands a day);
-- the key typed is not stored, only the person found
create table card_check_event (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null,
  actor text not null,
  actor_user_id bigint,
  token_id bigint,
  request_id text not null,
  key_kind text not null check (key_kind in ('card', 'national_id', 'si_number')),
  result_code text not null check (result_code ~ '^[0-9]{3}$'),
  person_id bigint
);
create index card_check_event_time_idx on card_check_event (occurred_at);
