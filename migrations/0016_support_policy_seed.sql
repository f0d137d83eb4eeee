-- The provincial top-up policies of shared domain/contributions.md §4 (all [S]: secondary
-- sources). Shares are of the HI premium (scheme 'hi') or of the monthly voluntary SI
-- contribution ('vsi'); 'add' stacks on the national share, 'top_up_to' brings the total up to
-- the share; the total is capped at 100% either way. Rows whose reference or period the doc
-- does not pin down are `confirmed = false`, for an authorised user to correct through the API.
-- Occupation conditions ('waste_collector', …) are free labels: the registry does not record
-- occupations, so they are matched only against facts a caller states.

insert into support_policy (code, name_vi, name_en, issuer_province_code, scheme, condition,
  share_percent, amount, stacking, valid_from, valid_to, legal_ref, budget_line, status,
  confirmed, note)
values
  -- Hải Dương (30), 2021–2025 programme (seed 002): attached to code 30 after the merger
  ('HD-2021-CN', 'Hỗ trợ thêm 30% mức đóng BHYT cho người thuộc hộ cận nghèo',
   'Extra 30% of the HI premium for members of near-poor households', '30', 'hi',
   '{"statuses": ["near_poor"]}', 30, null, 'add', '2021-01-01', '2026-01-01',
   'Hải Dương HI support programme 2021–2025 (seed 002)', 'Ngân sách tỉnh', 'active', false,
   'with the national 70% the premium is free; document number not in the sources'),
  ('HD-2021-GB', 'Hỗ trợ thêm 20% mức đóng BHYT cho hộ nông, lâm, ngư, diêm nghiệp có mức sống trung bình',
   'Extra 20% of the HI premium for farm, forestry, fishery and salt households of average living standard',
   '30', 'hi', '{"statuses": ["farm_household"]}', 20, null, 'add', '2021-01-01', '2026-01-01',
   'Hải Dương HI support programme 2021–2025 (seed 002)', 'Ngân sách tỉnh', 'active', false,
   'total support 50% with the national 30%'),
  ('HD-2021-NCT', 'Hỗ trợ 70% mức đóng BHYT cho người từ đủ 70 đến dưới 80 tuổi',
   '70% of the HI premium for people aged 70 to under 80', '30', 'hi',
   '{"ageFrom": 70, "ageTo": 80}', 70, null, 'add', '2021-01-01', '2026-01-01',
   'Resolution 16/2019/NQ-HĐND (Hải Dương); HI support programme 2021–2025 (seed 002)',
   'Ngân sách tỉnh', 'active', false, 'age in whole years at the reference date'),
  ('HD-2021-TGRT', 'Hỗ trợ 70% mức đóng BHYT cho người thu gom rác thải ở thôn, khu dân cư',
   '70% of the HI premium for waste collectors in hamlets', '30', 'hi',
   '{"occupations": ["waste_collector"]}', 70, null, 'add', '2021-01-01', '2026-01-01',
   'Hải Dương HI support programme 2021–2025 (seed 002)', 'Ngân sách tỉnh', 'active', false,
   'occupation is not recorded in the registry: simulations cannot count these persons'),
  ('HD-2021-BHXHTN', 'Hỗ trợ 10% mức đóng BHXH tự nguyện hằng tháng cho người thuộc hộ nghèo, cận nghèo ở nông thôn',
   '10% of the monthly voluntary SI contribution for members of poor and near-poor rural households',
   '30', 'vsi', '{"statuses": ["poor", "near_poor"]}', 10, null, 'add', '2021-01-01', '2026-01-01',
   'Hải Dương HI and SI support programme 2021–2025 (seed 002)', 'Ngân sách tỉnh', 'active', false,
   'rural households only: the registry does not mark rural residence, check the commune'),
  ('HD-NQ16-2024-77', 'Hỗ trợ thêm 30% mức đóng BHYT cho người từ đủ 77 đến dưới 80 tuổi',
   'Extra 30% of the HI premium for people aged 77 to under 80', '30', 'hi',
   '{"ageFrom": 77, "ageTo": 80}', 100, null, 'top_up_to', '2024-01-01', '2026-01-01',
   'Resolution 16/2019/NQ-HĐND (Hải Dương), as amended', 'Ngân sách tỉnh', 'active', false,
   '+30% on the 70% of HD-2021-NCT, so 100% in all: written as top_up_to 100 because two local policies are never summed (overlap rule)'),
  ('HD-2023-6569', 'Hỗ trợ 70% mức đóng BHYT cho người từ đủ 65 đến dưới 70 tuổi chưa có thẻ BHYT',
   '70% of the HI premium for people aged 65 to under 70 without an HI card', '30', 'hi',
   '{"ageFrom": 65, "ageTo": 70, "withoutValidCard": true}', 70, null, 'add', '2023-08-01',
   '2026-01-01', 'Hải Dương provincial resolution (2023; seed 002)', 'Ngân sách tỉnh', 'active',
   false, 'document number not in the sources'),
  -- Hải Phòng (31) after absorbing Hải Dương
  ('HP-2025-CN', 'Hỗ trợ thêm 30% mức đóng BHYT cho người thuộc hộ cận nghèo (đạt 100%)',
   'Extra 30% of the HI premium for members of near-poor households (to 100%)', '31', 'hi',
   '{"statuses": ["near_poor"]}', 30, null, 'add', '2025-07-01', null,
   'Hải Phòng People''s Council resolution (2025)', 'Ngân sách thành phố', 'active', false,
   'document number not in the sources'),
  ('HP-2025-GB', 'Hỗ trợ thêm 20% mức đóng BHYT cho hộ nông, lâm, ngư, diêm nghiệp có mức sống trung bình (đạt 50%)',
   'Extra 20% of the HI premium for farm households of average living standard (to 50%)', '31',
   'hi', '{"statuses": ["farm_household"]}', 20, null, 'add', '2025-07-01', null,
   'Hải Phòng People''s Council resolution (2025)', 'Ngân sách thành phố', 'active', false, null),
  ('HP-2025-NCT', 'Hỗ trợ 100% mức đóng BHYT cho người từ đủ 60 đến dưới 75 tuổi không có lương hưu',
   '100% of the HI premium for people aged 60 to 74 without a pension', '31', 'hi',
   '{"ageFrom": 60, "ageTo": 75}', 100, null, 'top_up_to', '2025-07-01', null,
   'Hải Phòng People''s Council resolution (2025)', 'Ngân sách thành phố', 'active', false,
   'pensioners (group HT) have their premium paid by the SI fund, so the support does not reach them'),
  -- Hà Nội (01), Resolution 19/2025/NQ-HĐND
  ('HN-2026-BHXHTN-HN', 'Hỗ trợ thêm 50% mức đóng BHXH tự nguyện cho người thuộc hộ nghèo',
   'Extra 50% of the voluntary SI contribution for members of poor households', '01', 'vsi',
   '{"statuses": ["poor"]}', 50, null, 'add', '2026-01-01', null,
   'Resolution 19/2025/NQ-HĐND (Hà Nội)', 'Ngân sách thành phố', 'active', true, null),
  ('HN-2026-BHXHTN-CN', 'Hỗ trợ thêm 60% mức đóng BHXH tự nguyện cho người thuộc hộ cận nghèo',
   'Extra 60% of the voluntary SI contribution for members of near-poor households', '01', 'vsi',
   '{"statuses": ["near_poor"]}', 60, null, 'add', '2026-01-01', null,
   'Resolution 19/2025/NQ-HĐND (Hà Nội)', 'Ngân sách thành phố', 'active', true, null),
  ('HN-2026-BHXHTN-K', 'Hỗ trợ thêm 10% mức đóng BHXH tự nguyện cho người tham gia khác',
   'Extra 10% of the voluntary SI contribution for other participants', '01', 'vsi', '{}', 10,
   null, 'add', '2026-01-01', null, 'Resolution 19/2025/NQ-HĐND (Hà Nội)',
   'Ngân sách thành phố', 'active', true,
   'the others: the overlap rule keeps the poor and near-poor on their own policy'),
  ('HN-2026-NCT', 'Hỗ trợ 100% mức đóng BHYT cho người từ đủ 70 đến dưới 75 tuổi chưa có thẻ BHYT',
   '100% of the HI premium for people aged 70 to under 75 without an HI card', '01', 'hi',
   '{"ageFrom": 70, "ageTo": 75, "withoutValidCard": true}', 100, null, 'top_up_to',
   '2026-01-01', null, 'Resolution 19/2025/NQ-HĐND (Hà Nội)', 'Ngân sách thành phố', 'active',
   true, null),
  -- Thành phố Hồ Chí Minh (79)
  ('HCM-2026-HSSV', 'Hỗ trợ 100% mức đóng BHYT cho học sinh, sinh viên',
   '100% of the HI premium for pupils and students', '79', 'hi',
   '{"statuses": ["pupil", "student"]}', 100, null, 'top_up_to', '2026-01-01', null,
   'Ho Chi Minh City People''s Council resolution (2025)', 'Ngân sách thành phố', 'active', false,
   'document number not in the sources'),
  ('HCM-2026-NCT', 'Hỗ trợ 100% mức đóng BHYT cho người từ đủ 65 đến dưới 75 tuổi',
   '100% of the HI premium for people aged 65 to 75', '79', 'hi',
   '{"ageFrom": 65, "ageTo": 75}', 100, null, 'top_up_to', '2026-01-01', null,
   'Ho Chi Minh City People''s Council resolution (2025)', 'Ngân sách thành phố', 'active', false,
   'the sources say 65–75: whether 75 itself is included is not confirmed'),
  -- Lào Cai: the old province (code 10) that issued it; merged into the new Lào Cai (15)
  ('LC-NQ09-2019-CN', 'Hỗ trợ thêm 30% mức đóng BHYT cho người thuộc hộ cận nghèo',
   'Extra 30% of the HI premium for members of near-poor households', '10', 'hi',
   '{"statuses": ["near_poor"]}', 30, null, 'add', '2020-01-01', null,
   'Resolution 09/2019/NQ-HĐND (Lào Cai)', 'Ngân sách tỉnh', 'active', false,
   'start date assumed (the resolution of 2019 applied from 2020); issued by the former Lào Cai (10)');

-- The province of seed 000 (Official Letter 2378/UBND-KGVX of 2020-09-09): the sources do not
-- name the province nor the shares, so these are drafts without issuer or share until an
-- authorised user sets them.
insert into support_policy (code, name_vi, name_en, issuer_province_code, scheme, condition,
  share_percent, amount, stacking, valid_from, valid_to, legal_ref, budget_line, status,
  confirmed, note)
select code, name_vi, name_en, null, 'hi', condition::jsonb, null, null, 'add', '2021-01-01',
  null, 'Official Letter 2378/UBND-KGVX (2020-09-09)', null, 'draft', false,
  'seed 000: issuing province not named in the sources; support share to be set by the province'
from (values
  ('S000-2021-DV30', 'Hỗ trợ BHYT cho đảng viên được tặng Huy hiệu 30 năm tuổi Đảng',
   'HI support for Party members with the 30-year badge', '{"occupations": ["party_member_30_year_badge"]}'),
  ('S000-2021-TGRT', 'Hỗ trợ BHYT cho người thu gom rác thải ở thôn chưa có thẻ BHYT',
   'HI support for village waste collectors without an HI card', '{"occupations": ["waste_collector"], "withoutValidCard": true}'),
  ('S000-2021-GB', 'Hỗ trợ BHYT cho hộ nông nghiệp có mức sống trung bình',
   'HI support for agricultural households of average income', '{"statuses": ["farm_household"]}'),
  ('S000-2021-HSSV', 'Hỗ trợ BHYT cho học sinh, sinh viên',
   'HI support for pupils and students', '{"statuses": ["pupil", "student"]}'),
  ('S000-2021-NCT', 'Hỗ trợ BHYT cho người từ đủ 60 đến dưới 80 tuổi chưa có thẻ BHYT',
   'HI support for people aged 60 to under 80 without an HI card', '{"ageFrom": 60, "ageTo": 80, "withoutValidCard": true}'),
  ('S000-2021-CS', 'Hỗ trợ BHYT cho chức sắc tôn giáo',
   'HI support for religious dignitaries', '{"occupations": ["religious_dignitary"]}'),
  ('S000-2021-CN', 'Hỗ trợ BHYT cho người thuộc hộ cận nghèo',
   'HI support for members of near-poor households', '{"statuses": ["near_poor"]}')
) as s(code, name_vi, name_en, condition);

-- A provincial officer drafts and edits the support policies of its own province (the service
-- checks the issuer against the officer's scope); national rule tables stay national-only
-- (their routes ask for `policy.write` nationwide).
insert into role_permission (role_code, permission_code) values ('provincial_officer', 'policy.write');
