-- Participants per month, commune and scheme: coverage_fact summed over group, sex and age band,
-- kept in step with it by the same writers (src/modules/coverage/facts.sql.ts). The dashboard
-- reads a month's 3,300 communes here instead of the ~100 times as many fact rows.
create table coverage_total (
  month date not null check (extract(day from month) = 1),
  commune_id bigint not null references admin_unit (id),
  scheme text not null,
  participants integer not null check (participants >= 0),
  primary key (month, scheme, commune_id)
);
-- a locality's trend reads its communes month by month
create index coverage_total_commune_idx on coverage_total (commune_id, month);

insert into coverage_total (month, commune_id, scheme, participants)
select month, commune_id, scheme, sum(participants)::int
from coverage_fact group by 1, 2, 3;
