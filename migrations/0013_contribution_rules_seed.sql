-- The rule rows of shared domain/contributions.md (§1 rates, §2 parameters, §3 voluntary SI
-- support, §4 HI shares). Tags [M]/[S] there (not read in the law's own text) are kept here as
-- `confirmed = true` unless the doc calls the value unconfirmed; corrections go through the API.

insert into base_salary (amount, valid_from, valid_to, legal_ref) values
  (1150000, '2013-07-01', '2016-05-01', 'Decree 66/2013/NĐ-CP'),
  (1210000, '2016-05-01', '2017-07-01', 'Decree 47/2016/NĐ-CP'),
  (1300000, '2017-07-01', '2018-07-01', 'Decree 47/2017/NĐ-CP'),
  (1390000, '2018-07-01', '2019-07-01', 'Decree 72/2018/NĐ-CP'),
  (1490000, '2019-07-01', '2023-07-01', 'Decree 38/2019/NĐ-CP'),
  (1800000, '2023-07-01', '2024-07-01', 'Decree 24/2023/NĐ-CP'),
  (2340000, '2024-07-01', '2026-07-01', 'Decree 73/2024/NĐ-CP'),
  (2530000, '2026-07-01', null, 'Decree 161/2026/NĐ-CP');

insert into regional_minimum_wage (region, amount, valid_from, valid_to, legal_ref)
select r.region, r.amount, p.valid_from, p.valid_to, p.legal_ref
from (values
  (1, '2016-01-01'::date, '2017-01-01'::date, 'Decree 122/2015/NĐ-CP', array[3500000, 3100000, 2700000, 2400000]),
  (2, '2017-01-01', '2018-01-01', 'Decree 153/2016/NĐ-CP', array[3750000, 3320000, 2900000, 2580000]),
  (3, '2018-01-01', '2019-01-01', 'Decree 141/2017/NĐ-CP', array[3980000, 3530000, 3090000, 2760000]),
  (4, '2019-01-01', '2020-01-01', 'Decree 157/2018/NĐ-CP', array[4180000, 3710000, 3250000, 2920000]),
  (5, '2020-01-01', '2022-07-01', 'Decree 90/2019/NĐ-CP', array[4420000, 3920000, 3430000, 3070000]),
  (6, '2022-07-01', '2024-07-01', 'Decree 38/2022/NĐ-CP', array[4680000, 4160000, 3640000, 3250000]),
  (7, '2024-07-01', '2026-01-01', 'Decree 74/2024/NĐ-CP', array[4960000, 4410000, 3860000, 3450000]),
  (8, '2026-01-01', null, 'Decree 293/2025/NĐ-CP', array[5310000, 4730000, 4140000, 3700000])
) as p(n, valid_from, valid_to, legal_ref, amounts)
cross join lateral (
  select ordinality::smallint as region, amount::bigint
  from unnest(p.amounts) with ordinality as amount
) as r;

-- wage_region rows need today's provinces, seeded after migrations: the contributions
-- module loads its province defaults from data/reference/wage_region_defaults.csv.

insert into poverty_line (area, amount, valid_from, valid_to, legal_ref, confirmed, note) values
  ('rural', 700000, '2016-01-01', '2022-01-01', 'Decision 59/2015/QĐ-TTg', true, null),
  ('urban', 900000, '2016-01-01', '2022-01-01', 'Decision 59/2015/QĐ-TTg', true, null),
  ('rural', 1500000, '2022-01-01', '2026-01-01', 'Decree 07/2021/NĐ-CP', true, null),
  ('urban', 2000000, '2022-01-01', '2026-01-01', 'Decree 07/2021/NĐ-CP', true, null),
  ('rural', 1500000, '2026-01-01', '2027-01-01', 'Decree 351/2025/NĐ-CP (2022–2025 line kept for 2026)', false,
   'one source only; if the 2027–2030 line applied in 2026 the voluntary SI floor would be 484,000'),
  ('urban', 2000000, '2026-01-01', '2027-01-01', 'Decree 351/2025/NĐ-CP (2022–2025 line kept for 2026)', false,
   'one source only'),
  ('rural', 2200000, '2027-01-01', '2031-01-01', 'Decree 351/2025/NĐ-CP', true, null),
  ('urban', 2800000, '2027-01-01', '2031-01-01', 'Decree 351/2025/NĐ-CP', true, null);

insert into contribution_rate (fund, party, variant, rate_percent, valid_from, valid_to, legal_ref, confirmed, note) values
  ('sickness_maternity', 'employer', 'standard', 3, '2016-01-01', '2025-07-01', 'Law 58/2014/QH13 Art 86(1)(a)', true, null),
  ('sickness_maternity', 'employer', 'standard', 3, '2025-07-01', null, 'Law 41/2024/QH15 Art 33(1)(a)', true, null),
  ('oa_od', 'employer', 'standard', 1, '2016-01-01', '2017-06-01', 'Law 84/2015/QH13 Art 44(1)(a)', true, null),
  ('oa_od', 'employer', 'standard', 0.5, '2017-06-01', '2020-07-15', 'Decree 44/2017/NĐ-CP Art 2', true, null),
  ('oa_od', 'employer', 'standard', 0.5, '2020-07-15', null, 'Decree 58/2020/NĐ-CP Art 4', true, null),
  ('oa_od', 'employer', 'high_risk', 0.3, '2020-07-15', null, 'Decree 58/2020/NĐ-CP Art 5', true,
   'employers in high-risk sectors approved by the Ministry of Labour'),
  ('oa_od', 'employer', 'covid_relief', 0, '2021-07-01', '2022-07-01', 'Resolution 68/NQ-CP Part II(1)', true,
   'employers eligible for the COVID-19 relief'),
  ('retirement_survivor', 'employer', 'standard', 14, '2016-01-01', '2025-07-01', 'Law 58/2014/QH13 Art 86(1)(b)', true, null),
  ('retirement_survivor', 'employer', 'standard', 14, '2025-07-01', null, 'Law 41/2024/QH15 Art 33(1)(a)', true, null),
  ('retirement_survivor', 'employee', 'standard', 8, '2016-01-01', '2025-07-01', 'Law 58/2014/QH13 Art 85(1)', true, null),
  ('retirement_survivor', 'employee', 'standard', 8, '2025-07-01', null, 'Law 41/2024/QH15 Art 33(1)(b)', true, null),
  ('hi', 'employer', 'standard', 3, '2016-01-01', '2018-12-01', 'Law 46/2014/QH13 Art 1(7); Decree 105/2014/NĐ-CP Art 2', true, null),
  ('hi', 'employer', 'standard', 3, '2018-12-01', '2025-08-15', 'Decree 146/2018/NĐ-CP Art 7(1)(a)', true, null),
  ('hi', 'employer', 'standard', 3, '2025-08-15', null, 'Decree 188/2025/NĐ-CP Art 6', true, null),
  ('hi', 'employee', 'standard', 1.5, '2016-01-01', '2018-12-01', 'Law 46/2014/QH13 Art 1(7); Decree 105/2014/NĐ-CP Art 2', true, null),
  ('hi', 'employee', 'standard', 1.5, '2018-12-01', '2025-08-15', 'Decree 146/2018/NĐ-CP Art 7(1)(a)', true, null),
  ('hi', 'employee', 'standard', 1.5, '2025-08-15', null, 'Decree 188/2025/NĐ-CP Art 6', true, null),
  ('ui', 'employer', 'standard', 1, '2016-01-01', '2026-01-01', 'Employment Law 38/2013/QH13 Art 57(1)(b)', true, null),
  ('ui', 'employer', 'standard', 1, '2026-01-01', null, 'Employment Law 74/2025/QH15 Art 33(1); Decree 374/2025/NĐ-CP', false,
   'the law says "up to 1%"; 1% from one source'),
  ('ui', 'employer', 'covid_relief', 0, '2021-10-01', '2022-10-01', 'Resolution 116/NQ-CP Art 1(2)', true,
   'employers in UI before 2021-10-01'),
  ('ui', 'employee', 'standard', 1, '2016-01-01', '2026-01-01', 'Employment Law 38/2013/QH13 Art 57(1)(a)', true, null),
  ('ui', 'employee', 'standard', 1, '2026-01-01', null, 'Employment Law 74/2025/QH15 Art 33(1)', true, null);

insert into contribution_parameter (key, value, valid_from, valid_to, legal_ref) values
  ('si_hi_cap_base_multiple', 20, '2016-01-01', '2025-07-01', 'Law 58/2014/QH13 Art 89(3); Law 25/2008/QH12 Art 14 as amended'),
  ('si_hi_cap_base_multiple', 20, '2025-07-01', null, 'Law 41/2024/QH15 Art 31(1)(đ), Art 141(13)'),
  ('ui_cap_regional_min_multiple', 20, '2016-01-01', null, 'Employment Law 38/2013/QH13 Art 58(2); Law 74/2025/QH15'),
  ('ui_cap_state_scale_base_multiple', 20, '2016-01-01', null, 'Employment Law 38/2013/QH13 Art 58(2)'),
  ('hi_rate_percent', 4.5, '2016-01-01', '2018-12-01', 'Decree 105/2014/NĐ-CP Art 2'),
  ('hi_rate_percent', 4.5, '2018-12-01', '2025-08-15', 'Decree 146/2018/NĐ-CP Art 7'),
  ('hi_rate_percent', 4.5, '2025-08-15', null, 'Decree 188/2025/NĐ-CP Art 6'),
  ('vsi_rate_percent', 22, '2016-01-01', '2025-07-01', 'Law 58/2014/QH13 Art 87(1)'),
  ('vsi_rate_percent', 22, '2025-07-01', null, 'Law 41/2024/QH15 Art 36(1)'),
  ('vsi_income_cap_base_multiple', 20, '2016-01-01', '2025-07-01', 'Law 58/2014/QH13 Art 87(1)'),
  ('vsi_income_cap_base_multiple', 20, '2025-07-01', null, 'Law 41/2024/QH15 Art 31(2)'),
  ('vsi_support_max_months', 120, '2018-01-01', '2025-07-01', 'Decree 134/2015/NĐ-CP Art 14(2)'),
  ('vsi_support_max_months', 120, '2025-07-01', null, 'Decree 159/2025/NĐ-CP'),
  ('unpaid_days_threshold', 14, '2016-01-01', '2025-07-01', 'Law 58/2014/QH13 Art 85(3)'),
  ('unpaid_days_threshold', 14, '2025-07-01', null, 'Law 41/2024/QH15 Art 33(5), 34(3)');

insert into household_hi_share (member_order, share_percent, valid_from, legal_ref)
select o, s, '2016-01-01',
  'Decree 105/2014/NĐ-CP Art 2; Decree 146/2018/NĐ-CP Art 7(1)(e); Decree 188/2025/NĐ-CP Art 6(5)'
from (values (1, 100), (2, 70), (3, 60), (4, 50), (5, 40)) as v(o, s);

insert into state_support_share (scheme, target, share_percent, max_months, valid_from, valid_to, legal_ref, confirmed, note) values
  ('hi', 'CN', 70, null, '2016-01-01', '2018-12-01', 'Decree 105/2014/NĐ-CP Art 3(1)(b)', true, null),
  ('hi', 'CN', 70, null, '2018-12-01', '2025-07-01', 'Decree 146/2018/NĐ-CP Art 4(1)(b)', true, null),
  ('hi', 'CN', 70, null, '2025-07-01', null, 'Decree 188/2025/NĐ-CP', true, null),
  ('hi', 'CN_poor_area', 100, null, '2018-12-01', '2025-07-01', 'Decree 146/2018/NĐ-CP Art 4(1)(a)', true,
   'near-poor households in poor districts or communes'),
  ('hi', 'CN_poor_area', 100, null, '2025-07-01', null, 'Decree 188/2025/NĐ-CP', true,
   'near-poor households in poor districts or communes'),
  ('hi', 'HS', 30, null, '2016-01-01', '2018-12-01', 'Decree 105/2014/NĐ-CP Art 3(2)', true, null),
  ('hi', 'HS', 30, null, '2018-12-01', '2025-07-01', 'Decree 146/2018/NĐ-CP Art 4(2)(a)', true, null),
  ('hi', 'HS', 50, null, '2025-07-01', null, 'Decree 188/2025/NĐ-CP Art 70(2)', true, 'two secondary sources'),
  ('hi', 'SV', 30, null, '2016-01-01', '2018-12-01', 'Decree 105/2014/NĐ-CP Art 3(2)', true, null),
  ('hi', 'SV', 30, null, '2018-12-01', '2025-07-01', 'Decree 146/2018/NĐ-CP Art 4(2)(a)', true, null),
  ('hi', 'SV', 50, null, '2025-07-01', null, 'Decree 188/2025/NĐ-CP Art 70(2)', true, 'two secondary sources'),
  ('hi', 'GB', 30, null, '2016-01-01', '2018-12-01', 'Decree 105/2014/NĐ-CP Art 3(2)', true, null),
  ('hi', 'GB', 30, null, '2018-12-01', '2025-07-01', 'Decree 146/2018/NĐ-CP Art 4(2)(b)', true, null),
  ('hi', 'GB', 30, null, '2025-07-01', null, 'Decree 188/2025/NĐ-CP', true, null),
  ('hi', 'DT_left_area', 70, 36, '2025-07-01', null, 'Decree 188/2025/NĐ-CP', true,
   'ethnic minorities in communes that left disadvantaged status, for 36 months'),
  ('hi', 'trafficking_victim', 50, 12, '2025-07-01', null, 'Decree 188/2025/NĐ-CP', true,
   'victims of trafficking, for one year'),
  ('vsi', 'poor', 30, null, '2018-01-01', '2025-07-01', 'Decree 134/2015/NĐ-CP Art 14(1)(a)', true, null),
  ('vsi', 'near_poor', 25, null, '2018-01-01', '2025-07-01', 'Decree 134/2015/NĐ-CP Art 14(1)(b)', true, null),
  ('vsi', 'ethnic_minority', 10, null, '2018-01-01', '2025-07-01', 'Decree 134/2015/NĐ-CP Art 14(1)(c)', true,
   'no level of its own before 2025-07-01: as others'),
  ('vsi', 'other', 10, null, '2018-01-01', '2025-07-01', 'Decree 134/2015/NĐ-CP Art 14(1)(c)', true, null),
  ('vsi', 'poor', 50, null, '2025-07-01', null, 'Decree 159/2025/NĐ-CP', true, null),
  ('vsi', 'island', 50, null, '2025-07-01', null, 'Decree 159/2025/NĐ-CP', true,
   'island communes and special zones, as poor households'),
  ('vsi', 'near_poor', 40, null, '2025-07-01', null, 'Decree 159/2025/NĐ-CP', true, null),
  ('vsi', 'ethnic_minority', 30, null, '2025-07-01', null, 'Decree 159/2025/NĐ-CP', true, null),
  ('vsi', 'other', 20, null, '2025-07-01', null, 'Decree 159/2025/NĐ-CP', true, null);
