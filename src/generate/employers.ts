// Employers (pure): a heavy-tailed size distribution, VSIC sections, names and tax codes, and
// which of them under-declare salaries or declare no one. Workers are drawn to employers in
// proportion to their size, so a few large employers hold a large share of employees.
import { inSentence, type CommuneInfo } from './context.js';
import { FIRST_TAX_SERIAL, SerialCounter, taxCodePrefix } from './identity.js';
import * as W from './params.work.js';
import { intBetween, logNormal, pick, weighted, weightedKeys, type Rng } from './random.js';

export type Declares = 'full' | 'under' | 'none';
export interface EmployerPlan {
  /** index in the plan; the database id is the reserved base plus this index */
  index: number;
  taxCode: string;
  name: string;
  sector: string;
  communeId: number;
  size: number;
  status: 'active' | 'suspended' | 'dissolved';
  group: string;
  declares: Declares;
}

const BRANDS = [
  'Hoàng Long',
  'Minh Phát',
  'Thành Công',
  'An Phú',
  'Đại Việt',
  'Tân Tiến',
  'Hưng Thịnh',
  'Phúc An',
  'Việt Hưng',
  'Hải Âu',
  'Sao Mai',
  'Bình Minh',
  'Trường Sơn',
  'Đông Á',
  'Hòa Bình',
  'Quang Minh',
  'Thái Sơn',
  'Kim Ngân',
  'Nam Việt',
  'Bạch Đằng',
  'Cát Bà',
  'Thiên Phúc',
  'Đức Thành',
  'Phú Hưng',
  'Tiến Đạt',
  'Hồng Hà',
  'Vạn Xuân',
  'Song Hành',
];
const TRADE: Record<string, string> = {
  A: 'Nông nghiệp',
  C: 'Sản xuất',
  F: 'Xây dựng',
  G: 'Thương mại',
  H: 'Vận tải',
  I: 'Dịch vụ ăn uống',
  J: 'Công nghệ',
  K: 'Tài chính',
  L: 'Bất động sản',
  M: 'Tư vấn',
  N: 'Dịch vụ',
  R: 'Văn hóa',
  S: 'Dịch vụ cộng đồng',
};
const PUBLIC: Record<string, string> = {
  O: 'Ủy ban nhân dân',
  P: 'Trường Trung học cơ sở',
  Q: 'Trung tâm Y tế',
};

const drawKind = weighted(W.EMPLOYER_KINDS.map((k) => k.weight));
const drawStatus = weightedKeys(W.EMPLOYER_STATUS);

function employerName(
  rng: Rng,
  kind: (typeof W.EMPLOYER_KINDS)[number],
  sector: string,
  commune: CommuneInfo,
) {
  if (kind.kind === 'public') return `${PUBLIC[sector]} ${inSentence(commune.name)}`;
  if (kind.kind === 'cooperative')
    return `${kind.prefix} ${TRADE[sector] ?? 'Dịch vụ'} ${inSentence(commune.name)}`;
  return `${kind.prefix} ${TRADE[sector] ?? 'Dịch vụ'} ${pick(rng, BRANDS)}`;
}

function declares(rng: Rng): Declares {
  const u = rng.next();
  return u < W.NOT_DECLARING_SHARE
    ? 'none'
    : u < W.NOT_DECLARING_SHARE + W.UNDER_DECLARING_SHARE
      ? 'under'
      : 'full';
}

/** Employers until their sizes add up to the expected number of employees. */
export function planEmployers(
  rng: Rng,
  communes: readonly CommuneInfo[],
  provinceCode: string,
  expectedWorkers: number,
  usedTaxSerials: ReadonlyMap<string, number>,
): EmployerPlan[] {
  const taxCodes = new SerialCounter(7, FIRST_TAX_SERIAL, usedTaxSerials);
  const plans: EmployerPlan[] = [];
  for (let total = 0; total < expectedWorkers;) {
    const kind = W.EMPLOYER_KINDS[drawKind(rng)]!;
    const sector = kind.sectors[intBetween(rng, 0, kind.sectors.length - 1)]!;
    const commune = pick(rng, communes);
    const size = Math.min(
      W.EMPLOYER_SIZE.max,
      Math.max(1, Math.round(logNormal(rng, W.EMPLOYER_SIZE.mu, W.EMPLOYER_SIZE.sigma))),
    );
    const status = drawStatus(rng);
    plans.push({
      index: plans.length,
      taxCode: taxCodes.take(taxCodePrefix(provinceCode)),
      name: employerName(rng, kind, sector, commune),
      sector,
      communeId: commune.id,
      size,
      status,
      group: kind.group,
      declares: declares(rng),
    });
    if (status !== 'dissolved') total += size;
  }
  return plans;
}

/** Draws an employer for a worker: in proportion to size, among those still operating. */
export function employerPicker(plans: readonly EmployerPlan[], firstFilled?: EmployerPlan) {
  const open = plans.filter((p) => p.status !== 'dissolved');
  const draw = weighted(open.map((p) => p.size));
  let reserved = firstFilled ? firstFilled.size : 0;
  return (rng: Rng): EmployerPlan => {
    // an anchor employer (the demo employer) takes the first workers, so it always has some
    if (firstFilled && reserved > 0) {
      reserved--;
      return firstFilled;
    }
    return open[draw(rng)]!;
  };
}

/** true when this employer's workers get coverage periods at all */
export const declaresAnyone = (e: EmployerPlan) =>
  e.declares !== 'none' && e.status !== 'dissolved';

export function salaryOf(rng: Rng, minimum: number): number {
  const raw = logNormal(rng, Math.log(minimum * W.SALARY_MEDIAN_OVER_MINIMUM), W.SALARY_SIGMA);
  return Math.round(Math.max(minimum * 1.05, raw) / 10_000) * 10_000;
}

/** what the employer declares for contributions: the salary, or less (never below minimum) */
export function declaredSalary(rng: Rng, employer: EmployerPlan, salary: number, minimum: number) {
  if (employer.declares !== 'under') return salary;
  const f =
    W.UNDER_DECLARED_FRACTION.min +
    rng.next() * (W.UNDER_DECLARED_FRACTION.max - W.UNDER_DECLARED_FRACTION.min);
  return Math.max(minimum, Math.round((salary * f) / 10_000) * 10_000);
}
