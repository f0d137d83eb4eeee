// Population parameters of the synthetic province, each with where it comes from. Shares are
// of persons unless named "of households". Only this file and params.work.ts hold numbers that
// describe Vietnam; the rest of the generator is mechanics.

/**
 * Age pyramid of Vietnam, 2024, percent by 5-year band (last band 85+). Broad groups as
 * published by the NSO for 2024: 0–14 ≈ 23%, 15–64 ≈ 68%, 65+ ≈ 9% (Statistical Yearbook
 * 2024, population by age group); the split into bands follows UN WPP 2024 for Viet Nam.
 */
export const AGE_BANDS_PERCENT = [
  7.0, 8.0, 8.0, 7.1, 6.5, 6.9, 7.8, 8.2, 7.8, 7.0, 6.1, 5.2, 5.4, 3.8, 2.4, 1.3, 0.8, 0.7,
] as const;
export const MAX_AGE = 99;

/** boys per girl at birth ≈ 1.11 (NSO, 2024 sex ratio at birth 111 boys per 100 girls) */
export const MALE_SHARE_AT_BIRTH = 111 / 211;

/**
 * Household size 1–8, percent of households (2019 Census: mean 3.5 persons; shares rounded
 * from the census distribution, sizes over 8 folded into 8).
 */
export const HOUSEHOLD_SIZE_PERCENT = [10, 18, 22, 26, 13, 6.5, 3, 1.5] as const;

/**
 * Household structure by size (weights): nuclear (head, spouse, children), withParents (the
 * head's parents live with them), elder (older couple, an adult child and grandchildren).
 * Calibrated so that ages over all members follow AGE_BANDS_PERCENT (see households.test.ts).
 */
export const STRUCTURE_BY_SIZE = [
  null,
  { nuclear: 0.55, withParents: 0.2, elder: 0.25 },
  { nuclear: 0.7, withParents: 0.18, elder: 0.12 },
  { nuclear: 0.66, withParents: 0.18, elder: 0.16 },
  { nuclear: 0.5, withParents: 0.25, elder: 0.25 },
  { nuclear: 0.35, withParents: 0.3, elder: 0.35 },
] as const;

/** relative weight of the head's age by 5-year band from 15–19, per structure (calibrated) */
export const HEAD_AGE_WEIGHTS = {
  single: [0.3, 1.2, 1.2, 0.9, 0.7, 0.6, 0.6, 0.6, 0.7, 0.8, 1.0, 1.2, 1.1, 0.9, 0.6, 0.4],
  nuclear: [0, 0.3, 1.3, 1.8, 2.2, 2.0, 1.7, 1.3, 0.9, 0.5, 0.2, 0.1, 0, 0, 0, 0],
  withParents: [0, 0.3, 1.2, 1.6, 1.6, 1.3, 0.9, 0.6, 0.2, 0, 0, 0, 0, 0, 0, 0],
  elder: [0, 0, 0, 0, 0, 0, 0, 0.4, 1.4, 1.8, 1.6, 1.2, 0.8, 0.4, 0.2, 0.1],
} as const;

/** per-band factors on the pyramid when drawing relatives' ages (households.ts; calibrated) */
export const AGE_DRAW_CORRECTION: readonly number[] = [
  0.51, 1.05, 1.6, 2.11, 1.39, 0.85, 0.61, 0.66, 1.27, 2.05, 1.81, 0.95, 1.16, 0.68, 0.38, 0.22,
  0.36, 0.61,
];

/** chance the head lives with a spouse, by head's age (older heads are more often widowed) */
export const SPOUSE_PRESENT = [
  { below: 60, share: 0.92 },
  { below: 70, share: 0.8 },
  { below: 80, share: 0.62 },
  { below: 200, share: 0.4 },
] as const;

/** heads of couples are mostly men in the household register */
export const MALE_HEAD_SHARE = 0.78;
/** among widowed older persons living alone or heading a household, women predominate */
export const FEMALE_SHARE_WIDOWED = 0.74;

/** ethnic groups: Kinh 85.3% nationally (2019 Census); delta provinces have far fewer minorities */
export const MINORITY_SHARE = 0.015;
/** minority groups of the north-east delta and their relative weights (codes of ethnic_group) */
export const MINORITY_WEIGHTS: Record<string, number> = {
  '04': 3, // Hoa
  '02': 2, // Tày
  '06': 2, // Mường
  '07': 1, // Nùng
  '18': 1, // Sán Dìu
  '03': 1, // Thái
  '09': 1, // Dao
};
/** of minority persons, the share living in a disadvantaged area (DT group) */
export const MINORITY_HARD_AREA_SHARE = 0.3;

/** persons whose record is still filed under their commune before the 2025-07-01 merger */
export const FORMER_COMMUNE_SHARE = 0.05;
/** persons born (birth registered) in another province */
export const BORN_ELSEWHERE_SHARE = 0.08;
/** adults who moved into their commune after the merger (residence from a later date) */
export const MOVED_IN_SHARE = 0.06;
/** persons with a mobile phone number on record */
export const PHONE_SHARE = 0.7;
/** Viettel, Mobifone, Vinaphone, Vietnamobile prefixes (after the 2018 renumbering) */
export const MOBILE_PREFIXES = [
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '38',
  '39',
  '56',
  '58',
  '70',
  '76',
  '77',
  '78',
  '79',
  '81',
  '82',
  '83',
  '84',
  '85',
  '86',
  '88',
  '89',
  '90',
  '91',
  '93',
  '94',
  '96',
  '97',
  '98',
] as const;

/**
 * Household statuses, shares of households: poor 2–4% and near-poor ≈ 3% (MOLISA results of
 * the 2024 poverty review under Decree 07/2021/NĐ-CP; delta provinces are at the low end),
 * farm households with average living standard ≈ 10% (Decree 146/2018/NĐ-CP Art 3(2)).
 */
export const POOR_HOUSEHOLD_SHARE = 0.025;
export const NEAR_POOR_HOUSEHOLD_SHARE = 0.03;
export const FARM_HOUSEHOLD_SHARE = 0.1;

/** enrolment: pupils aged 6–17 (≈ 95%), students aged 18–22 (≈ 30%) (MOET 2023–2024) */
export const PUPIL_SHARE = 0.95;
export const STUDENT_SHARE = 0.3;

/** pension: share of persons past retirement age drawing an SI pension (VSS 2024: ≈ 3.3 M) */
export const PENSION_SHARE = 0.24;
/** retirement age (Labour Code 2019 Art 169; simplified to the 2024 step) */
export const RETIREMENT_AGE = { male: 61, female: 56 } as const;
/** social pension from 75 without a pension (Law 41/2024/QH15 Art 21, from 2025-07-01) */
export const SOCIAL_PENSION_AGE = 75;
export const SOCIAL_PENSION_FROM = '2025-07-01';
/** monthly social assistance (BT), e.g. disability (Decree 20/2021/NĐ-CP): share of persons */
export const SOCIAL_ASSISTANCE_SHARE = 0.012;
/** veterans: share of men aged 60+ (Association of Veterans ≈ 3 M members) */
export const VETERAN_SHARE_MEN_60 = 0.12;
