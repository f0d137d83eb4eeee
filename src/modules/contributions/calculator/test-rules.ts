// The national rule rows of migration 0013_contribution_rules_seed.sql (and the participant
// groups of 0010 that the tests use), as a RuleSet for database-free tests. It mirrors 0013:
// when a seed row changes, change it here too (test-rules.sync.test.ts compares it with the
// database). One row a line: fields, valid_from, valid_to ('-' for open), legal_ref, and '?' at
// the end for confirmed = false. Ids count from 1 per table.
import type {
  BaseSalaryRow,
  DatedRow,
  GroupRow,
  HouseholdShareRow,
  ParameterRow,
  PovertyLineRow,
  RateRow,
  RegionalMinimumWageRow,
  RuleSet,
  StateSupportRow,
} from '../rules.types.js';

function table<T>(text: string, fields: (f: string[]) => Omit<T, keyof DatedRow>): T[] {
  const lines = text.trim().split('\n');
  return lines.map((line, i) => {
    const cells = line.split('|').map((c) => c.trim());
    const confirmed = cells.at(-1) !== '?';
    if (!confirmed) cells.pop();
    const [from, to, legalRef] = cells.slice(-3) as [string, string, string];
    const own = fields(cells.slice(0, -3));
    return {
      id: i + 1,
      ...own,
      validFrom: from,
      validTo: to === '-' ? null : to,
      legalRef,
      confirmed,
    } as T;
  });
}

const BASE_SALARY = `
1150000 | 2013-07-01 | 2016-05-01 | Decree 66/2013/NĐ-CP
1210000 | 2016-05-01 | 2017-07-01 | Decree 47/2016/NĐ-CP
1300000 | 2017-07-01 | 2018-07-01 | Decree 47/2017/NĐ-CP
1390000 | 2018-07-01 | 2019-07-01 | Decree 72/2018/NĐ-CP
1490000 | 2019-07-01 | 2023-07-01 | Decree 38/2019/NĐ-CP
1800000 | 2023-07-01 | 2024-07-01 | Decree 24/2023/NĐ-CP
2340000 | 2024-07-01 | 2026-07-01 | Decree 73/2024/NĐ-CP
2530000 | 2026-07-01 | - | Decree 161/2026/NĐ-CP`;

// regions I–IV on one line, expanded into four rows
const MINIMUM_WAGES = `
3500000 3100000 2700000 2400000 | 2016-01-01 | 2017-01-01 | Decree 122/2015/NĐ-CP
3750000 3320000 2900000 2580000 | 2017-01-01 | 2018-01-01 | Decree 153/2016/NĐ-CP
3980000 3530000 3090000 2760000 | 2018-01-01 | 2019-01-01 | Decree 141/2017/NĐ-CP
4180000 3710000 3250000 2920000 | 2019-01-01 | 2020-01-01 | Decree 157/2018/NĐ-CP
4420000 3920000 3430000 3070000 | 2020-01-01 | 2022-07-01 | Decree 90/2019/NĐ-CP
4680000 4160000 3640000 3250000 | 2022-07-01 | 2024-07-01 | Decree 38/2022/NĐ-CP
4960000 4410000 3860000 3450000 | 2024-07-01 | 2026-01-01 | Decree 74/2024/NĐ-CP
5310000 4730000 4140000 3700000 | 2026-01-01 | - | Decree 293/2025/NĐ-CP`;

const POVERTY_LINES = `
rural | 700000 | 2016-01-01 | 2022-01-01 | Decision 59/2015/QĐ-TTg
urban | 900000 | 2016-01-01 | 2022-01-01 | Decision 59/2015/QĐ-TTg
rural | 1500000 | 2022-01-01 | 2026-01-01 | Decree 07/2021/NĐ-CP
urban | 2000000 | 2022-01-01 | 2026-01-01 | Decree 07/2021/NĐ-CP
rural | 1500000 | 2026-01-01 | 2027-01-01 | Decree 351/2025/NĐ-CP (2022–2025 line kept for 2026) | ?
urban | 2000000 | 2026-01-01 | 2027-01-01 | Decree 351/2025/NĐ-CP (2022–2025 line kept for 2026) | ?
rural | 2200000 | 2027-01-01 | 2031-01-01 | Decree 351/2025/NĐ-CP
urban | 2800000 | 2027-01-01 | 2031-01-01 | Decree 351/2025/NĐ-CP`;

const RATES = `
sickness_maternity | employer | standard | 3.0000 | 2016-01-01 | 2025-07-01 | Law 58/2014/QH13 Art 86(1)(a)
sickness_maternity | employer | standard | 3.0000 | 2025-07-01 | - | Law 41/2024/QH15 Art 33(1)(a)
oa_od | employer | standard | 1.0000 | 2016-01-01 | 2017-06-01 | Law 84/2015/QH13 Art 44(1)(a)
oa_od | employer | standard | 0.5000 | 2017-06-01 | 2020-07-15 | Decree 44/2017/NĐ-CP Art 2
oa_od | employer | standard | 0.5000 | 2020-07-15 | - | Decree 58/2020/NĐ-CP Art 4
oa_od | employer | high_risk | 0.3000 | 2020-07-15 | - | Decree 58/2020/NĐ-CP Art 5
oa_od | employer | covid_relief | 0.0000 | 2021-07-01 | 2022-07-01 | Resolution 68/NQ-CP Part II(1)
retirement_survivor | employer | standard | 14.0000 | 2016-01-01 | 2025-07-01 | Law 58/2014/QH13 Art 86(1)(b)
retirement_survivor | employer | standard | 14.0000 | 2025-07-01 | - | Law 41/2024/QH15 Art 33(1)(a)
retirement_survivor | employee | standard | 8.0000 | 2016-01-01 | 2025-07-01 | Law 58/2014/QH13 Art 85(1)
retirement_survivor | employee | standard | 8.0000 | 2025-07-01 | - | Law 41/2024/QH15 Art 33(1)(b)
hi | employer | standard | 3.0000 | 2016-01-01 | 2018-12-01 | Law 46/2014/QH13 Art 1(7); Decree 105/2014/NĐ-CP Art 2
hi | employer | standard | 3.0000 | 2018-12-01 | 2025-08-15 | Decree 146/2018/NĐ-CP Art 7(1)(a)
hi | employer | standard | 3.0000 | 2025-08-15 | - | Decree 188/2025/NĐ-CP Art 6
hi | employee | standard | 1.5000 | 2016-01-01 | 2018-12-01 | Law 46/2014/QH13 Art 1(7); Decree 105/2014/NĐ-CP Art 2
hi | employee | standard | 1.5000 | 2018-12-01 | 2025-08-15 | Decree 146/2018/NĐ-CP Art 7(1)(a)
hi | employee | standard | 1.5000 | 2025-08-15 | - | Decree 188/2025/NĐ-CP Art 6
ui | employer | standard | 1.0000 | 2016-01-01 | 2026-01-01 | Employment Law 38/2013/QH13 Art 57(1)(b)
ui | employer | standard | 1.0000 | 2026-01-01 | - | Employment Law 74/2025/QH15 Art 33(1); Decree 374/2025/NĐ-CP | ?
ui | employer | covid_relief | 0.0000 | 2021-10-01 | 2022-10-01 | Resolution 116/NQ-CP Art 1(2)
ui | employee | standard | 1.0000 | 2016-01-01 | 2026-01-01 | Employment Law 38/2013/QH13 Art 57(1)(a)
ui | employee | standard | 1.0000 | 2026-01-01 | - | Employment Law 74/2025/QH15 Art 33(1)`;

const PARAMETERS = `
si_hi_cap_base_multiple | 20.0000 | 2016-01-01 | 2025-07-01 | Law 58/2014/QH13 Art 89(3); Law 25/2008/QH12 Art 14 as amended
si_hi_cap_base_multiple | 20.0000 | 2025-07-01 | - | Law 41/2024/QH15 Art 31(1)(đ), Art 141(13)
ui_cap_regional_min_multiple | 20.0000 | 2016-01-01 | - | Employment Law 38/2013/QH13 Art 58(2); Law 74/2025/QH15
ui_cap_state_scale_base_multiple | 20.0000 | 2016-01-01 | - | Employment Law 38/2013/QH13 Art 58(2)
hi_rate_percent | 4.5000 | 2016-01-01 | 2018-12-01 | Decree 105/2014/NĐ-CP Art 2
hi_rate_percent | 4.5000 | 2018-12-01 | 2025-08-15 | Decree 146/2018/NĐ-CP Art 7
hi_rate_percent | 4.5000 | 2025-08-15 | - | Decree 188/2025/NĐ-CP Art 6
vsi_rate_percent | 22.0000 | 2016-01-01 | 2025-07-01 | Law 58/2014/QH13 Art 87(1)
vsi_rate_percent | 22.0000 | 2025-07-01 | - | Law 41/2024/QH15 Art 36(1)
vsi_income_cap_base_multiple | 20.0000 | 2016-01-01 | 2025-07-01 | Law 58/2014/QH13 Art 87(1)
vsi_income_cap_base_multiple | 20.0000 | 2025-07-01 | - | Law 41/2024/QH15 Art 31(2)
vsi_support_max_months | 120.0000 | 2018-01-01 | 2025-07-01 | Decree 134/2015/NĐ-CP Art 14(2)
vsi_support_max_months | 120.0000 | 2025-07-01 | - | Decree 159/2025/NĐ-CP
unpaid_days_threshold | 14.0000 | 2016-01-01 | 2025-07-01 | Law 58/2014/QH13 Art 85(3)
unpaid_days_threshold | 14.0000 | 2025-07-01 | - | Law 41/2024/QH15 Art 33(5), 34(3)`;

const HH =
  'Decree 105/2014/NĐ-CP Art 2; Decree 146/2018/NĐ-CP Art 7(1)(e); Decree 188/2025/NĐ-CP Art 6(5)';
const HOUSEHOLD_SHARES = [100, 70, 60, 50, 40]
  .map((share, i) => `${i + 1} | ${share}.0000 | 2016-01-01 | - | ${HH}`)
  .join('\n');

// scheme | target | share | max months ('-': no limit)
const STATE_SUPPORT = `
hi | CN | 70.0000 | - | 2016-01-01 | 2018-12-01 | Decree 105/2014/NĐ-CP Art 3(1)(b)
hi | CN | 70.0000 | - | 2018-12-01 | 2025-07-01 | Decree 146/2018/NĐ-CP Art 4(1)(b)
hi | CN | 70.0000 | - | 2025-07-01 | - | Decree 188/2025/NĐ-CP
hi | CN_poor_area | 100.0000 | - | 2018-12-01 | 2025-07-01 | Decree 146/2018/NĐ-CP Art 4(1)(a)
hi | CN_poor_area | 100.0000 | - | 2025-07-01 | - | Decree 188/2025/NĐ-CP
hi | HS | 30.0000 | - | 2016-01-01 | 2018-12-01 | Decree 105/2014/NĐ-CP Art 3(2)
hi | HS | 30.0000 | - | 2018-12-01 | 2025-07-01 | Decree 146/2018/NĐ-CP Art 4(2)(a)
hi | HS | 50.0000 | - | 2025-07-01 | - | Decree 188/2025/NĐ-CP Art 70(2)
hi | SV | 30.0000 | - | 2016-01-01 | 2018-12-01 | Decree 105/2014/NĐ-CP Art 3(2)
hi | SV | 30.0000 | - | 2018-12-01 | 2025-07-01 | Decree 146/2018/NĐ-CP Art 4(2)(a)
hi | SV | 50.0000 | - | 2025-07-01 | - | Decree 188/2025/NĐ-CP Art 70(2)
hi | GB | 30.0000 | - | 2016-01-01 | 2018-12-01 | Decree 105/2014/NĐ-CP Art 3(2)
hi | GB | 30.0000 | - | 2018-12-01 | 2025-07-01 | Decree 146/2018/NĐ-CP Art 4(2)(b)
hi | GB | 30.0000 | - | 2025-07-01 | - | Decree 188/2025/NĐ-CP
hi | DT_left_area | 70.0000 | 36 | 2025-07-01 | - | Decree 188/2025/NĐ-CP
hi | trafficking_victim | 50.0000 | 12 | 2025-07-01 | - | Decree 188/2025/NĐ-CP
vsi | poor | 30.0000 | - | 2018-01-01 | 2025-07-01 | Decree 134/2015/NĐ-CP Art 14(1)(a)
vsi | near_poor | 25.0000 | - | 2018-01-01 | 2025-07-01 | Decree 134/2015/NĐ-CP Art 14(1)(b)
vsi | ethnic_minority | 10.0000 | - | 2018-01-01 | 2025-07-01 | Decree 134/2015/NĐ-CP Art 14(1)(c)
vsi | other | 10.0000 | - | 2018-01-01 | 2025-07-01 | Decree 134/2015/NĐ-CP Art 14(1)(c)
vsi | poor | 50.0000 | - | 2025-07-01 | - | Decree 159/2025/NĐ-CP
vsi | island | 50.0000 | - | 2025-07-01 | - | Decree 159/2025/NĐ-CP
vsi | near_poor | 40.0000 | - | 2025-07-01 | - | Decree 159/2025/NĐ-CP
vsi | ethnic_minority | 30.0000 | - | 2025-07-01 | - | Decree 159/2025/NĐ-CP
vsi | other | 20.0000 | - | 2025-07-01 | - | Decree 159/2025/NĐ-CP`;

// participant groups of migration 0010 that the tests use
const D1351 = 'Decision 1351/QĐ-BHXH, amended by 1697/QĐ-BHXH and 1018/QĐ-BHXH';
const GROUPS = `
DN | employer_employee | 2015-01-01 | - | ${D1351}
HT | si_fund | 2015-01-01 | - | ${D1351}
TE | state_budget | 2015-01-01 | - | ${D1351}
HN | state_budget | 2015-01-01 | - | ${D1351}
CN | state_supported | 2015-01-01 | 2026-01-01 | HI Law Art 22(1)(d): 95%
CN | state_supported | 2026-01-01 | - | Res. 261/2025/QH15 Art 2(1)(a); letter 38/BYT-BH [S]: near-poor 100%
HS | state_supported | 2015-01-01 | - | ${D1351}
SV | state_supported | 2015-01-01 | - | ${D1351}
GB | state_supported | 2015-01-01 | - | ${D1351}
GD | household | 2015-01-01 | - | ${D1351}`;

export function seedRules(): RuleSet {
  return {
    baseSalaries: table<BaseSalaryRow>(BASE_SALARY, ([a]) => ({ amount: Number(a) })),
    regionalMinimumWages: MINIMUM_WAGES.trim()
      .split('\n')
      .flatMap((line) => {
        const [amounts, rest] = [line.slice(0, line.indexOf('|')), line.slice(line.indexOf('|'))];
        return amounts
          .trim()
          .split(' ')
          .map((amount, r) => `${r + 1} | ${amount} ${rest}`);
      })
      .map((line, i) => ({
        ...table<RegionalMinimumWageRow>(line, ([r, a]) => ({
          region: Number(r) as 1,
          amount: Number(a),
        }))[0]!,
        id: i + 1,
      })),
    povertyLines: table<PovertyLineRow>(POVERTY_LINES, ([area, a]) => ({
      area: area as 'rural',
      amount: Number(a),
    })),
    rates: table<RateRow>(
      RATES,
      ([fund, party, variant, ratePercent]) =>
        ({ fund, party, variant, ratePercent }) as Omit<RateRow, keyof DatedRow>,
    ),
    parameters: table<ParameterRow>(
      PARAMETERS,
      ([key, value]) => ({ key, value }) as Omit<ParameterRow, keyof DatedRow>,
    ),
    householdShares: table<HouseholdShareRow>(HOUSEHOLD_SHARES, ([o, s]) => ({
      memberOrder: Number(o) as 1,
      sharePercent: s!,
    })),
    stateSupport: table<StateSupportRow>(STATE_SUPPORT, ([scheme, target, s, max]) => ({
      scheme: scheme as 'hi',
      target: target!,
      sharePercent: s!,
      maxMonths: max === '-' ? null : Number(max),
    })),
    groups: table<GroupRow>(GROUPS, ([code, payer]) => ({
      code: code!,
      premiumPayer: payer as 'household',
    })),
  };
}
