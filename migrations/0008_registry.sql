-- The registry around `person`: ethnic groups, SI number, households, effective-dated
-- residence and status history, employers and employment, medical facilities and collection
-- agents. Validity is [valid_from, valid_to) as everywhere (valid_to null = open).

-- 54 ethnic groups, codes of Decision 121-TCTK/PPCĐ (1979) as used on the VSS forms [M]
create table ethnic_group (
  code text primary key check (code ~ '^[0-9]{2}$'),
  name_vi text not null
);
insert into ethnic_group (code, name_vi) values
  ('01', 'Kinh'), ('02', 'Tày'), ('03', 'Thái'), ('04', 'Hoa'), ('05', 'Khơ-me'),
  ('06', 'Mường'), ('07', 'Nùng'), ('08', 'HMông'), ('09', 'Dao'), ('10', 'Gia-rai'),
  ('11', 'Ngái'), ('12', 'Ê-đê'), ('13', 'Ba na'), ('14', 'Xơ-Đăng'), ('15', 'Sán Chay'),
  ('16', 'Cơ-ho'), ('17', 'Chăm'), ('18', 'Sán Dìu'), ('19', 'Hrê'), ('20', 'Mnông'),
  ('21', 'Ra-glai'), ('22', 'Xtiêng'), ('23', 'Bru-Vân Kiều'), ('24', 'Thổ'), ('25', 'Giáy'),
  ('26', 'Cơ-tu'), ('27', 'Gié Triêng'), ('28', 'Mạ'), ('29', 'Khơ-mú'), ('30', 'Co'),
  ('31', 'Tà-ôi'), ('32', 'Chơ-ro'), ('33', 'Kháng'), ('34', 'Xinh-mun'), ('35', 'Hà Nhì'),
  ('36', 'Chu ru'), ('37', 'Lào'), ('38', 'La Chí'), ('39', 'La Ha'), ('40', 'Phù Lá'),
  ('41', 'La Hủ'), ('42', 'Lự'), ('43', 'Lô Lô'), ('44', 'Chứt'), ('45', 'Mảng'),
  ('46', 'Pà Thẻn'), ('47', 'Co Lao'), ('48', 'Cống'), ('49', 'Bố Y'), ('50', 'Si La'),
  ('51', 'Pu Péo'), ('52', 'Brâu'), ('53', 'Ơ Đu'), ('54', 'Rơ-măm');

-- a household (hộ gia đình) as in the residence register; members point to it from person
create table household (
  id bigint generated always as identity primary key,
  -- household number (mã hộ gia đình) as the VSS household list (mẫu GD01) carries it
  code text not null unique check (code ~ '^[0-9A-Z]{6,15}$'),
  commune_id bigint not null references admin_unit (id),
  address text,
  created_at timestamptz not null default now()
);
create index household_commune_idx on household (commune_id, id);

alter table person
  -- 10-digit social insurance number (mã số BHXH), also the last 10 characters of the HI card
  add column si_number text unique check (si_number ~ '^[0-9]{10}$'),
  add column ethnicity text not null default '01' references ethnic_group (code),
  add column household_id bigint references household (id),
  add column household_relation text
    check (household_relation in ('head', 'spouse', 'child', 'parent', 'grandchild', 'other')),
  add check ((household_id is null) = (household_relation is null));
create index person_household_idx on person (household_id) where household_id is not null;
-- one head per household
create unique index household_head_uq on person (household_id) where household_relation = 'head';
-- name search by words without diacritics (pg_trgm is not in PGlite's default build)
create index person_search_key_idx on person (search_key text_pattern_ops);

-- where a person lived; person.commune_id is the current row's commune (the scope key)
create table person_residence (
  id bigint generated always as identity primary key,
  person_id bigint not null references person (id),
  commune_id bigint not null references admin_unit (id),
  valid_from date not null,
  valid_to date,
  check (valid_to is null or valid_to > valid_from),
  constraint person_residence_excl
    exclude using gist (person_id with =, daterange(valid_from, valid_to) with &&)
);
create index person_residence_person_idx on person_residence (person_id);

-- the statuses that decide a participant group or a support level (poor, near-poor, pupil…)
create table person_status_kind (
  code text primary key,
  label_vi text not null,
  label_en text not null,
  legal_ref text
);
insert into person_status_kind (code, label_vi, label_en, legal_ref) values
  ('poor', 'Thuộc hộ nghèo', 'Member of a poor household', 'Decree 07/2021/NĐ-CP'),
  ('near_poor', 'Thuộc hộ cận nghèo', 'Member of a near-poor household', 'Decree 07/2021/NĐ-CP'),
  ('pupil', 'Học sinh', 'Pupil', 'Law 25/2008/QH12 Art 12(3)(b) as amended'),
  ('student', 'Sinh viên', 'Student', 'Law 25/2008/QH12 Art 12(3)(b) as amended'),
  ('farm_household', 'Hộ nông, lâm, ngư, diêm nghiệp có mức sống trung bình',
   'Farm, forestry, fishery or salt household with average living standard',
   'Decree 146/2018/NĐ-CP Art 3(2)'),
  ('social_pension', 'Hưởng trợ cấp hưu trí xã hội', 'Social pension recipient',
   'Law 41/2024/QH15 Art 21'),
  ('social_assistance', 'Hưởng trợ cấp bảo trợ xã hội hằng tháng',
   'Monthly social assistance recipient', 'Decree 20/2021/NĐ-CP'),
  ('ethnic_minority_hard_area', 'Dân tộc thiểu số sống ở vùng khó khăn',
   'Ethnic minority living in a disadvantaged area', 'Decree 146/2018/NĐ-CP Art 3(1)(h)'),
  ('hard_area_resident', 'Sống ở vùng đặc biệt khó khăn', 'Resident of an extremely disadvantaged area',
   'Decree 146/2018/NĐ-CP Art 3(1)(h)'),
  ('island_resident', 'Sống ở xã đảo, huyện đảo', 'Resident of an island commune or district',
   'Decree 146/2018/NĐ-CP Art 3(1)(h)'),
  ('meritorious', 'Người có công với cách mạng', 'Person with meritorious service',
   'Ordinance 02/2020/UBTVQH14'),
  ('veteran', 'Cựu chiến binh', 'Veteran', 'Decree 146/2018/NĐ-CP Art 3(1)(d)');

create table person_status (
  id bigint generated always as identity primary key,
  person_id bigint not null references person (id),
  status text not null references person_status_kind (code),
  -- the decision that grants it (e.g. the commune's poor-household list decision)
  source text not null check (length(source) between 1 and 300),
  valid_from date not null,
  valid_to date,
  check (valid_to is null or valid_to > valid_from),
  constraint person_status_excl
    exclude using gist (person_id with =, status with =, daterange(valid_from, valid_to) with &&)
);
create index person_status_person_idx on person_status (person_id);

-- employers (đơn vị sử dụng lao động); scoped by commune like persons
create table employer (
  id bigint generated always as identity primary key,
  -- enterprise tax code (mã số doanh nghiệp/mã số thuế): 10 digits, branches add -NNN
  tax_code text not null unique check (tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'),
  name text not null check (length(name) between 1 and 300),
  search_key text not null,
  business_reg_no text,
  -- VSIC 2018 section letter (Decision 27/2018/QĐ-TTg)
  sector text not null check (sector ~ '^[A-U]$'),
  commune_id bigint not null references admin_unit (id),
  -- employees the employer reports having (for evasion checks against declarations)
  reported_employees integer not null default 0 check (reported_employees >= 0),
  status text not null default 'active' check (status in ('active', 'suspended', 'dissolved')),
  created_at timestamptz not null default now()
);
create index employer_commune_idx on employer (commune_id, id);
create index employer_search_key_idx on employer (search_key text_pattern_ops);

-- who works where for what salary: the ground truth declarations are checked against
create table employment (
  id bigint generated always as identity primary key,
  person_id bigint not null references person (id),
  employer_id bigint not null references employer (id),
  monthly_salary bigint not null check (monthly_salary > 0),
  valid_from date not null,
  valid_to date,
  check (valid_to is null or valid_to > valid_from),
  constraint employment_excl exclude using gist (
    person_id with =, employer_id with =, daterange(valid_from, valid_to) with &&)
);
create index employment_employer_idx on employment (employer_id);
create index employment_person_idx on employment (person_id);

-- medical facilities (cơ sở KCB) with their 5-character code (MA_CSKCB): reference data
create table facility (
  code text primary key check (code ~ '^[0-9]{5}$'),
  name text not null,
  -- professional tier (tuyến): Circular 40/2015/TT-BYT; technical levels of Decree 188/2025 map onto it
  tier text not null check (tier in ('central', 'provincial', 'district', 'commune')),
  province_id bigint not null references admin_unit (id),
  commune_id bigint references admin_unit (id),
  -- may be chosen as registered primary facility (nơi đăng ký KCB ban đầu)
  primary_care boolean not null default true,
  status text not null default 'active' check (status in ('active', 'closed'))
);

-- collection agents (đại lý thu): post offices, commune People's Committees and others
create table collection_agent (
  id bigint generated always as identity primary key,
  code text not null unique check (code ~ '^[0-9A-Z]{4,12}$'),
  name text not null,
  kind text not null check (kind in ('post_office', 'commune', 'other')),
  commune_id bigint not null references admin_unit (id),
  status text not null default 'active' check (status in ('active', 'stopped'))
);
create table collection_agent_area (
  agent_id bigint not null references collection_agent (id),
  commune_id bigint not null references admin_unit (id),
  primary key (agent_id, commune_id)
);
