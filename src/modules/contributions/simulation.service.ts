// Simulating a support policy over a province's registry: who is eligible, who is uncovered,
// what it costs the local budget (and the state budget through the joiners), how coverage
// would move under a take-up assumption. Aggregates only, under `coverage.read` for the
// province; one audit event per run.
import type { Db } from '../../db-schema.js';
import { accessErrors, type Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { addDays } from '../../platform/dates.js';
import { reachesUnit, reachOf } from '../auth/index.js';
import { resolveUnit, unitSummaries, unitsWithinScope } from '../geo/index.js';
import { policyErrors } from './policies.errors.js';
import * as repo from './policies.repo.js';
import { policyProblems, type PolicyCondition } from './policies.rules.js';
import { knownCodes, type PolicyInput } from './policies.service.js';
import { loadRuleSet } from './rules.repo.js';
import { rate, tally, type Figures } from './simulation.result.js';
import { premiumPerYear, type PolicyTermsForCost } from './simulation.rules.js';
import { countResidents } from './simulation.sql.js';

export type PolicyRef = { policy: PolicyInput } | { policyId: number };

export interface SimulationRequest {
  provinceCode: string;
  at: string;
  takeUp: number;
}

interface Terms extends PolicyTermsForCost {
  code: string;
  scheme: 'hi' | 'vsi';
  condition: PolicyCondition;
}

export type SimulationResult = Awaited<ReturnType<typeof run>>;

const ASSUMPTIONS = [
  'Phí BHYT một người một năm = 12 × tỷ lệ đóng BHYT × lương cơ sở tại ngày tham chiếu; không tính giảm trừ theo thứ tự thành viên hộ gia đình.',
  'Người chưa có thẻ được xếp vào nhóm sẽ tham gia theo tình trạng trong sổ (nghèo → HN, hưu trí xã hội → LH, bảo trợ xã hội → BT, cận nghèo → CN, học sinh → HS, sinh viên → SV, hộ nông nghiệp → GB, trẻ dưới 6 tuổi → TE, còn lại → GD).',
  'Ngân sách địa phương chỉ gánh phần người tham gia (hoặc hộ) tự đóng; nhóm do người sử dụng lao động, quỹ BHXH hoặc ngân sách nhà nước đóng đủ không phát sinh chi.',
  'Chi ngân sách nhà nước là phần hỗ trợ của trung ương cho người tham gia mới; người đã có thẻ không làm thay đổi chi này.',
  'Các chính sách địa phương khác đang áp dụng không được trừ ra.',
  '"Có thẻ hợp lệ" = có thời hạn tham gia BHYT bao trùm ngày tham chiếu.',
];

async function termsOf(db: Db, ref: PolicyRef): Promise<Terms> {
  if ('policyId' in ref) {
    const row = await repo.policyRow(db, ref.policyId);
    if (!row) throw policyErrors.notFound(ref.policyId);
    return {
      code: row.code,
      scheme: row.scheme,
      condition: row.condition,
      sharePercent: row.share_percent,
      amount: row.amount,
      stacking: row.stacking,
    };
  }
  const p = ref.policy;
  const sharePercent = p.sharePercent === null ? null : String(p.sharePercent);
  const problems = policyProblems({ ...p, sharePercent }, await knownCodes(db));
  if (problems.length > 0) throw policyErrors.contradictory(problems);
  return { ...p, sharePercent };
}

async function run(db: Db, province: { id: number; code: string }, t: Terms, r: SimulationRequest) {
  if (t.scheme !== 'hi') throw policyErrors.schemeNotSimulated();
  if (t.sharePercent === null && t.amount === null) throw policyErrors.shareUnset(t.code);
  const rules = await loadRuleSet(db, r.at, addDays(r.at, 1));
  const premium = premiumPerYear(rules, r.at);
  if (premium === null) throw policyErrors.noRules(r.at);
  const communeIds = await unitsWithinScope(db, [province.id]);
  const rows = await countResidents(db, { communeIds, at: r.at, condition: t.condition });
  const s = tally(rows, { rules, at: r.at, premium, policy: t, takeUp: r.takeUp });
  const names = await unitSummaries(db, [...s.byCommune.keys()]);
  const assumptions = [...ASSUMPTIONS];
  if (t.condition.occupations)
    assumptions.push(
      'Nghề nghiệp (vd. người thu gom rác) không có trong sổ: không đếm được ai thỏa điều kiện này.',
    );
  return {
    provinceCode: province.code,
    at: r.at,
    takeUp: r.takeUp,
    population: s.population,
    covered: s.covered,
    eligible: s.total.eligible,
    eligibleCovered: s.eligibleCovered,
    eligibleUncovered: s.total.eligibleUncovered,
    expectedJoiners: s.total.expectedJoiners,
    coverageRateBefore: rate(s.covered, s.population),
    coverageRateAfter: rate(s.covered + s.total.expectedJoiners, s.population),
    localCostPerYear: s.total.localCostPerYear,
    stateCostPerYear: s.total.stateCostPerYear,
    premiumPerYear: premium,
    byCommune: [...s.byCommune]
      .map(([id, f]) => ({
        communeCode: names.get(id)?.code ?? '',
        communeName: names.get(id)?.name ?? '',
        ...f,
      }))
      .sort((a, b) => a.communeCode.localeCompare(b.communeCode)),
    byGroup: [...s.byGroup]
      .map(([group, f]) => ({ group, ...f }))
      .sort((a, b) => a.group.localeCompare(b.group)),
    assumptions,
  };
}

async function provinceInReach(db: Db, actor: Actor, r: SimulationRequest) {
  const province = await resolveUnit(db, r.provinceCode, r.at);
  if (!reachesUnit(await reachOf(db, actor, 'coverage.read'), province.id))
    throw accessErrors.outOfScope();
  return province;
}

async function audit(db: Db, actor: Actor, r: SimulationRequest, policies: PolicyRef[]) {
  const named = policies.map((p) =>
    'policyId' in p ? { id: p.policyId } : { draft: p.policy.code },
  );
  await db.transaction().execute((trx) =>
    recordAudit(trx, actor, {
      action: 'contributions.simulate',
      entity: 'support_policy',
      entityId: null,
      changes: { provinceCode: r.provinceCode, at: r.at, takeUp: r.takeUp, policies: named },
    }),
  );
}

export async function simulate(db: Db, actor: Actor, ref: PolicyRef, r: SimulationRequest) {
  const province = await provinceInReach(db, actor, r);
  const result = await run(db, province, await termsOf(db, ref), r);
  await audit(db, actor, r, [ref]);
  return result;
}

const FIGURES = [
  'population',
  'covered',
  'eligible',
  'eligibleCovered',
  'eligibleUncovered',
  'expectedJoiners',
  'coverageRateBefore',
  'coverageRateAfter',
  'localCostPerYear',
  'stateCostPerYear',
] as const;

/** b − a for every top-level figure. */
export function difference(a: SimulationResult, b: SimulationResult) {
  const out = {} as Record<(typeof FIGURES)[number], number>;
  for (const key of FIGURES) {
    const d = b[key] - a[key];
    out[key] = key.startsWith('coverageRate') ? Math.round(d * 1_000_000) / 1_000_000 : d;
  }
  return out;
}

export async function compare(
  db: Db,
  actor: Actor,
  refs: { a: PolicyRef; b: PolicyRef },
  r: SimulationRequest,
) {
  const province = await provinceInReach(db, actor, r);
  const a = await run(db, province, await termsOf(db, refs.a), r);
  const b = await run(db, province, await termsOf(db, refs.b), r);
  await audit(db, actor, r, [refs.a, refs.b]);
  return { a, b, difference: difference(a, b) };
}

export type { Figures };
