-- Coverage facts, module coverage: participants of a scheme at the end of a month, by residence
-- commune on that day (the admin_unit version the registry files the residence under), sex, age
-- band on that day and participant group. Rebuilt by `ansinh coverage rebuild-facts` and kept
-- current by enrolment's coverage-period changes (src/modules/coverage/facts.service.ts).
create table coverage_fact (
  -- first day of the month; the count is taken on its last day
  month date not null check (extract(day from month) = 1),
  commune_id bigint not null references admin_unit (id),
  -- as stored in coverage_period.scheme (si_compulsory, si_voluntary, hi, ui, oa_od)
  scheme text not null,
  group_code text not null,
  sex text not null,
  -- '0-5', '6-17', '18-24', '25-59', '60-74', '75+' (facts.sql.ts)
  age_band text not null,
  participants integer not null check (participants >= 0),
  primary key (month, commune_id, scheme, group_code, sex, age_band)
);
-- a locality's trend reads its communes month by month
create index coverage_fact_commune_idx on coverage_fact (commune_id, month);
