-- Geography: administrative units as effective-dated records, the succession of old units to
-- new ones with allocation shares, VSS agencies with their jurisdictions, and denominators.
-- Validity is [valid_from, valid_to): valid_to is the first day the record no longer holds.

create extension if not exists btree_gist;

create table admin_unit (
  id bigint generated always as identity primary key,
  level text not null check (level in ('country', 'province', 'district', 'commune')),
  code text not null check (code ~ '^[0-9A-Z]{2,5}$'),
  -- official name with its type word ('Tỉnh Hải Dương'); short_name drops it ('Hải Dương')
  name text not null,
  short_name text not null,
  unit_type text not null,
  parent_id bigint references admin_unit (id),
  valid_from date not null,
  valid_to date,
  -- lower-case name without diacritics, so "hai duong" finds "Hải Dương"
  search_key text not null,
  source text not null,
  legal_ref text,
  check (valid_to is null or valid_to > valid_from),
  check ((level = 'country') = (parent_id is null)),
  -- a code names a unit only together with its validity: 15 was Yên Bái, is Lào Cai
  constraint admin_unit_code_validity_excl
    exclude using gist (level with =, code with =, daterange(valid_from, valid_to) with &&)
);
create index admin_unit_parent_idx on admin_unit (parent_id);
create index admin_unit_level_validity_idx on admin_unit (level, valid_from, valid_to);

create table admin_unit_succession (
  id bigint generated always as identity primary key,
  predecessor_id bigint not null references admin_unit (id),
  successor_id bigint not null references admin_unit (id),
  -- the part of the predecessor (people, counts) that went to the successor
  share numeric(10, 9) not null check (share > 0 and share <= 1),
  -- how the share was derived: whole (single successor), equal_split (source lists several
  -- successors without sizes), population/area (weighted by a measure), operator (edited)
  share_method text not null
    check (share_method in ('whole', 'equal_split', 'population', 'area', 'operator')),
  share_note text not null,
  source text not null,
  created_at timestamptz not null default now(),
  unique (predecessor_id, successor_id),
  check (predecessor_id <> successor_id)
);
create index admin_unit_succession_successor_idx on admin_unit_succession (successor_id);

-- The shares of one predecessor must sum to exactly 1, checked at commit so a whole set can
-- be replaced inside one transaction.
create function admin_unit_succession_check_shares() returns trigger
language plpgsql as $$
declare
  pred bigint := coalesce(new.predecessor_id, old.predecessor_id);
  total numeric;
begin
  select sum(share) into total from admin_unit_succession where predecessor_id = pred;
  if total is not null and total <> 1 then
    raise exception 'successor shares of admin_unit % sum to %, not 1', pred, total
      using errcode = '23514';
  end if;
  return null;
end $$;

create constraint trigger admin_unit_succession_shares_sum
  after insert or update or delete on admin_unit_succession
  deferrable initially deferred
  for each row execute function admin_unit_succession_check_shares();

create table vss_agency (
  id bigint generated always as identity primary key,
  code text not null check (code ~ '^[0-9A-Z-]{2,20}$'),
  name text not null,
  kind text not null check (kind in ('national', 'provincial', 'regional', 'grassroots')),
  valid_from date not null,
  valid_to date,
  legal_ref text not null,
  source text not null,
  check (valid_to is null or valid_to > valid_from),
  constraint vss_agency_code_validity_excl
    exclude using gist (code with =, daterange(valid_from, valid_to) with &&)
);

create table vss_agency_jurisdiction (
  id bigint generated always as identity primary key,
  agency_id bigint not null references vss_agency (id),
  admin_unit_id bigint not null references admin_unit (id),
  valid_from date not null,
  valid_to date,
  legal_ref text not null,
  check (valid_to is null or valid_to > valid_from),
  -- one agency answers for a unit at any date
  constraint vss_agency_jurisdiction_unit_excl
    exclude using gist (admin_unit_id with =, daterange(valid_from, valid_to) with &&)
);
create index vss_agency_jurisdiction_agency_idx on vss_agency_jurisdiction (agency_id);

create table denominator (
  id bigint generated always as identity primary key,
  admin_unit_id bigint not null references admin_unit (id),
  year integer not null check (year between 1976 and 2100),
  -- labour_force: aged 15+ (NSO E02.37); working_age_labour_force: in working age (2024–25
  -- SI targets); population: average population (NSO E02.01)
  kind text not null check (kind in ('population', 'labour_force', 'working_age_labour_force')),
  value bigint not null check (value >= 0),
  status text not null default 'final'
    check (status in ('final', 'preliminary', 'estimate', 'implied')),
  synthetic boolean not null default false,
  source text not null,
  note text,
  updated_at timestamptz not null default now(),
  unique (admin_unit_id, year, kind, synthetic)
);
