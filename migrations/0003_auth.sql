-- Access control: users, sessions, API tokens, roles as sets of permissions, and assignments
-- of a role to a user within a scope (an org-unit subtree, a facility or an employer).
-- Decree 13/2023/NĐ-CP (personal-data protection) asks that access to personal data be limited
-- to what a job needs and be traceable to a person: hence scopes, masking and the audit trail.

create table permission (
  code text primary key check (code ~ '^[a-z]+\.[a-z_]+$'),
  description_vi text not null,
  description_en text not null,
  -- true when the permission lets its holder see rows about identified persons
  personal_data boolean not null default false
);

create table role (
  code text primary key check (code ~ '^[a-z_]{3,40}$'),
  name_vi text not null,
  name_en text not null,
  description_vi text not null,
  description_en text not null
);

create table role_permission (
  role_code text not null references role (code),
  permission_code text not null references permission (code),
  primary key (role_code, permission_code)
);
create index role_permission_permission_idx on role_permission (permission_code);

create table app_user (
  id bigint generated always as identity primary key,
  username text not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  display_name text not null check (length(display_name) between 1 and 200),
  status text not null default 'active' check (status in ('active', 'disabled')),
  -- scrypt$N$r$p$salt$hash (src/modules/auth/password.ts); never leaves the auth module
  password_hash text not null,
  must_change_password boolean not null default false,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  password_changed_at timestamptz not null default now(),
  created_at timestamptz not null default now()
);
create unique index app_user_username_key on app_user (username);

create table role_assignment (
  id bigint generated always as identity primary key,
  user_id bigint not null references app_user (id),
  role_code text not null references role (code),
  scope_kind text not null check (scope_kind in ('national', 'unit', 'facility', 'employer')),
  -- an org unit (any version): the scope is its subtree and, through the succession mapping,
  -- the units that came before and after it, so history stays visible across reorganisations
  unit_id bigint references admin_unit (id),
  -- MA_CSKCB, the Ministry of Health's 5-digit facility code
  facility_code text check (facility_code ~ '^[0-9]{5}$'),
  -- an employer's tax code: 10 digits, 13 for a dependent unit (10-3 without the dash), or
  -- 12 for a business household using its owner's personal number (Circular 86/2024/TT-BTC)
  employer_tax_code text check (employer_tax_code ~ '^([0-9]{10}([0-9]{3})?|[0-9]{12})$'),
  valid_from date not null,
  valid_to date,
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_to > valid_from),
  check ((scope_kind = 'unit') = (unit_id is not null)),
  check ((scope_kind = 'facility') = (facility_code is not null)),
  check ((scope_kind = 'employer') = (employer_tax_code is not null))
);
create index role_assignment_user_idx on role_assignment (user_id);
create index role_assignment_role_idx on role_assignment (role_code);
create index role_assignment_unit_idx on role_assignment (unit_id);

-- Web sessions: the cookie carries a random secret; only its SHA-256 is stored, so a copy of
-- the table cannot be replayed. The CSRF token is bound to the session the same way.
create table user_session (
  id bigint generated always as identity primary key,
  user_id bigint not null references app_user (id),
  secret_hash bytea not null unique,
  csrf_hash bytea not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  ip text
);
create index user_session_user_idx on user_session (user_id);

-- API tokens for machine clients (hospital software, tax feeds, agents' apps): shown once,
-- stored as SHA-256, found by a public prefix.
create table api_token (
  id bigint generated always as identity primary key,
  user_id bigint not null references app_user (id),
  name text not null check (length(name) between 3 and 100),
  prefix text not null unique check (prefix ~ '^[A-Za-z0-9]{8}$'),
  secret_hash bytea not null,
  -- first day the token no longer works
  expires_on date not null,
  revoked_at timestamptz,
  last_used_at timestamptz,
  created_at timestamptz not null default now(),
  created_by bigint references app_user (id)
);
create index api_token_user_idx on api_token (user_id);

-- Who acted, as structured columns next to the display name kept in `actor`.
alter table audit_event
  add column actor_kind text not null default 'system'
    check (actor_kind in ('user', 'token', 'anonymous', 'system')),
  add column actor_user_id bigint,
  add column token_id bigint,
  add column ip text;
create index audit_event_actor_idx on audit_event (actor, occurred_at);
create index audit_event_action_idx on audit_event (action, occurred_at);

-- Row triggers do not fire on TRUNCATE: refuse it too, whoever runs it.
create trigger audit_event_no_truncate
  before truncate on audit_event
  for each statement execute function audit_event_append_only();

-- The role the serving process should run as in production (README: "Database roles"). It may
-- read and write every table but may only read and append to the audit trail. Creating a role
-- needs CREATEROLE; where the migrating user lacks it, an operator creates the role.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'ansinh_app') then
    begin
      create role ansinh_app nologin;
    exception
      when duplicate_object then null;
      when insufficient_privilege then
        raise notice 'cannot create role ansinh_app; create it and re-grant (README)';
    end;
  end if;
  if exists (select 1 from pg_roles where rolname = 'ansinh_app') then
    execute 'grant usage on schema public to ansinh_app';
    execute 'grant select, insert, update, delete on all tables in schema public to ansinh_app';
    execute 'grant usage, select on all sequences in schema public to ansinh_app';
    execute 'revoke update, delete, truncate on audit_event from ansinh_app';
    execute 'revoke update, delete, truncate on schema_migration from ansinh_app';
    execute 'alter default privileges in schema public
               grant select, insert, update, delete on tables to ansinh_app';
    execute 'alter default privileges in schema public grant usage, select on sequences to ansinh_app';
  end if;
end $$;
