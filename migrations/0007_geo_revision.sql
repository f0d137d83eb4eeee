-- A counter bumped by every change to units or successions, so a process can keep the unit
-- graph in memory (scope resolution walks it on every request) and reload it only when the
-- geography has changed, whichever process changed it.

create table geo_revision (
  id integer primary key check (id = 1),
  revision bigint not null
);
insert into geo_revision (id, revision) values (1, 0);

create function geo_revision_bump() returns trigger
language plpgsql as $$
begin
  update geo_revision set revision = revision + 1 where id = 1;
  return null;
end $$;

create trigger admin_unit_revision
  after insert or update or delete or truncate on admin_unit
  for each statement execute function geo_revision_bump();
create trigger admin_unit_succession_revision
  after insert or update or delete or truncate on admin_unit_succession
  for each statement execute function geo_revision_bump();

do $$
begin
  if exists (select 1 from pg_roles where rolname = 'ansinh_app') then
    execute 'grant select, update on geo_revision to ansinh_app';
  end if;
end $$;
