-- Append-only audit log: every write records who did what to which entity, in the same
-- transaction as the change. Rows cannot be updated or deleted (trigger below); access
-- control (issue "Access control, audit trail") adds the acting user and its scope.

create table audit_event (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  actor text not null,
  action text not null,
  entity text not null,
  entity_id text,
  request_id text,
  -- before/after digest or diff; never secrets or full personal records
  changes jsonb not null default '{}'::jsonb
);
create index audit_event_entity_idx on audit_event (entity, entity_id);
create index audit_event_occurred_idx on audit_event (occurred_at);

create function audit_event_append_only() returns trigger
language plpgsql as $$
begin
  raise exception 'audit_event is append-only' using errcode = '42501';
end $$;

create trigger audit_event_no_update_delete
  before update or delete on audit_event
  for each row execute function audit_event_append_only();
