-- The core of the person registry, created with access control so personal data is scoped from
-- its first row. The registry issue extends it (SI number, households, residence and status
-- history); `commune_id` stays the scope key (conventions: personal data scoped by commune).

create table person (
  id bigint generated always as identity primary key,
  -- 12-digit personal identification number (số định danh cá nhân, Decree 137/2015/NĐ-CP)
  national_id text not null unique check (national_id ~ '^[0-9]{12}$'),
  full_name text not null check (length(full_name) between 1 and 200),
  -- lower-case name without diacritics, so "nguyen van a" finds "Nguyễn Văn A"
  search_key text not null,
  birth_date date not null,
  sex text not null check (sex in ('male', 'female')),
  phone text check (phone ~ '^0[0-9]{9}$'),
  -- commune of residence (any version: records filed before 2025-07-01 name former communes)
  commune_id bigint not null references admin_unit (id),
  created_at timestamptz not null default now()
);
-- scoped lists: commune_id = any(scope) ordered by id (keyset)
create index person_commune_idx on person (commune_id, id);
