// Work and coverage parameters of the synthetic province, each with its source.

/**
 * Regional minimum wage, VND/month, regions I–IV (Decree 74/2024/NĐ-CP from 2024-07-01;
 * Decree 293/2025/NĐ-CP from 2026-01-01). Urban Hải Phòng, Hà Nội, TP HCM are region I.
 */
export const MINIMUM_WAGE = [
  {
    from: '2024-07-01',
    region: [4_960_000, 4_410_000, 3_860_000, 3_450_000],
    ref: 'Decree 74/2024/NĐ-CP',
  },
  {
    from: '2026-01-01',
    region: [5_310_000, 4_730_000, 4_140_000, 3_700_000],
    ref: 'Decree 293/2025/NĐ-CP',
  },
] as const;
/** region of each province code (after 2025); unlisted provinces take region II */
export const WAGE_REGION: Record<string, 1 | 2 | 3 | 4> = { '01': 1, '31': 1, '79': 1, '48': 2 };

export function minimumWage(provinceCode: string, atIso: string): number {
  const region = WAGE_REGION[provinceCode] ?? 2;
  const row = [...MINIMUM_WAGE].reverse().find((w) => w.from <= atIso) ?? MINIMUM_WAGE[0];
  return row.region[region - 1]!;
}

/** monthly salaries: lognormal with a median of ≈ 1.7 × the minimum (GSO LFS 2024: ≈ 8 M VND) */
export const SALARY_MEDIAN_OVER_MINIMUM = 1.7;
export const SALARY_SIGMA = 0.45;

/**
 * Employer sizes: lognormal (median ≈ 5, mean ≈ 15 employees): about 2/3 micro (< 10), a few
 * with thousands, as in the 2023 Enterprise Census (≈ 97% micro and small enterprises).
 */
export const EMPLOYER_SIZE = { mu: 1.6, sigma: 1.5, max: 20_000 } as const;
/** share of working-age persons (by age band) employed by a registered employer: ≈ 30% overall */
export const EMPLOYED_SHARE_BY_AGE = [
  { from: 18, to: 25, share: 0.25 },
  { from: 25, to: 50, share: 0.44 },
  { from: 50, to: 60, share: 0.26 },
  { from: 60, to: 65, share: 0.06 },
] as const;

/** kinds of employer: HI group of its employees, VSIC sections and weight among employers */
export const EMPLOYER_KINDS = [
  {
    kind: 'enterprise',
    group: 'DN',
    sectors: 'CCCCCFGGGHIJKLMN',
    weight: 0.82,
    prefix: 'Công ty TNHH',
  },
  { kind: 'jsc', group: 'DN', sectors: 'CCCFGHJK', weight: 0.06, prefix: 'Công ty Cổ phần' },
  { kind: 'cooperative', group: 'HX', sectors: 'AAAC', weight: 0.05, prefix: 'Hợp tác xã' },
  { kind: 'public', group: 'HC', sectors: 'OPPQ', weight: 0.05, prefix: '' },
  { kind: 'other', group: 'TK', sectors: 'SSR', weight: 0.02, prefix: 'Hội' },
] as const;
export const EMPLOYER_STATUS = { active: 0.94, suspended: 0.04, dissolved: 0.02 } as const;
/** employers that declare salaries below those paid, and that declare no one at all */
export const UNDER_DECLARING_SHARE = 0.08;
export const NOT_DECLARING_SHARE = 0.04;
/** an under-declaring employer declares this fraction of the real salary (never below minimum) */
export const UNDER_DECLARED_FRACTION = { min: 0.45, max: 0.8 } as const;

/** voluntary SI among working-age persons outside employment (VSS 2024: ≈ 2.2 M nationally) */
export const VOLUNTARY_SI_SHARE = 0.03;
/**
 * There is no participant-group code for voluntary SI; its periods carry GD, the group of
 * those who pay for themselves. An open question for the enrolment module.
 */
export const VOLUNTARY_SI_GROUP = 'GD';

/** chance a person of a group holds HI now (VSS 2024 coverage by group, rounded) */
export const HI_TAKE_UP = {
  TE: 0.98,
  HN: 1,
  CN: 0.97,
  HS: 0.99,
  SV: 0.92,
  GB: 0.85,
  HT: 1,
  LH: 1,
  BT: 1,
  DT: 1,
  CB: 1,
  GD: 0.88,
} as const;
/**
 * of persons in self-paying groups (GD, GB, SV, CN) holding HI, the share whose card lapsed a
 * little while ago (not renewed): ≈ 2% of all persons
 */
export const LAPSED_SHARE = 0.05;
/** of persons with HI, the share who also had an earlier card (the one before this one) */
export const PREVIOUS_CARD_SHARE = 0.25;
/** registered primary facility: commune station, regional centre or provincial hospital */
export const PRIMARY_FACILITY_TIER = { commune: 0.62, district: 0.28, provincial: 0.1 } as const;

/**
 * Employers that must exist in a province: the demo employer user of Hải Phòng is scoped to
 * tax code 0200000001 (src/demo.ts DEMO_EMPLOYER), so the generator creates it with a few staff.
 */
export const ANCHOR_EMPLOYERS: Record<string, { taxCode: string; name: string; size: number }> = {
  '31': { taxCode: '0200000001', name: 'Công ty TNHH Cảng biển Bạch Đằng (demo)', size: 8 },
};

/** communes served by one regional medical centre and one district post office */
export const COMMUNES_PER_CENTRE = 10;

/**
 * Labour force ÷ persons aged 15 and over (GSO, Labour Force Survey 2024: ≈ 53 M of ≈ 77.5 M,
 * about 68.5%): turns a generated population into a synthetic labour-force denominator.
 */
export const LABOUR_FORCE_PARTICIPATION = 0.685;
