// Use cases of support policies: list and read (no personal data), create and edit under
// `policy.write` within the caller's reach (a provincial officer edits its own province's
// policies, a national one all), each write audited in its transaction.
import type { Db, Tx } from '../../db-schema.js';
import { accessErrors, type Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { isConflict } from '../../platform/db/pg-errors.js';
import { AppError } from '../../platform/errors.js';
import { reachesUnit, reachOf } from '../auth/index.js';
import { groupsOverlapping } from '../enrolment/index.js';
import { resolveUnit } from '../geo/index.js';
import { statusKindCodes } from '../registry/index.js';
import { policyErrors } from './policies.errors.js';
import { presentPolicy, trimShare, type Policy } from './policies.presenter.js';
import * as repo from './policies.repo.js';
import { policyProblems, type KnownCodes, type PolicyCondition } from './policies.rules.js';
import type { PolicyStatus } from './policies.tables.js';

export interface PolicyInput {
  code: string;
  nameVi: string;
  nameEn: string;
  issuerProvinceCode: string | null;
  scheme: 'hi' | 'vsi';
  condition: PolicyCondition;
  sharePercent: string | number | null;
  amount: number | null;
  stacking: 'add' | 'top_up_to';
  validFrom: string;
  validTo: string | null;
  legalRef: string;
  budgetLine: string | null;
  status: PolicyStatus;
  confirmed: boolean;
  note: string | null;
}

export type PolicyPatch = Partial<PolicyInput>;

const NEXT: Record<PolicyStatus, PolicyStatus[]> = {
  draft: ['draft', 'active', 'withdrawn'],
  active: ['active', 'withdrawn'],
  withdrawn: [],
};

export async function knownCodes(db: Db | Tx): Promise<KnownCodes> {
  const [groups, statuses] = await Promise.all([
    groupsOverlapping(db, '1900-01-01', '9999-12-31'),
    statusKindCodes(db),
  ]);
  return { groups: new Set(groups.map((g) => g.code)), statuses: new Set(statuses) };
}

/** The province a code names on a date, or null when it names none. */
export async function provinceAt(db: Db | Tx, code: string, at: string) {
  try {
    return await resolveUnit(db, code, at);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

const shareText = (s: string | number | null) => (s === null ? null : String(s));

/** A policy without an issuer is national business; otherwise the issuer must be reached. */
async function assertReach(trx: Tx, actor: Actor, issuer: string | null, validFrom: string) {
  const reach = await reachOf(trx, actor, 'policy.write');
  if (issuer === null) {
    if (!reach.all) throw accessErrors.outOfScope();
    return;
  }
  const province = await provinceAt(trx, issuer, validFrom);
  if (!province) throw policyErrors.unknownProvince(issuer, validFrom);
  if (!reachesUnit(reach, province.id)) throw accessErrors.outOfScope();
}

/** Checks a whole policy and that the caller may write for its issuer; returns its row. */
async function checked(trx: Tx, actor: Actor, p: PolicyInput): Promise<repo.NewPolicyRow> {
  const sharePercent = shareText(p.sharePercent);
  const problems = policyProblems({ ...p, sharePercent }, await knownCodes(trx));
  if (problems.length > 0) throw policyErrors.contradictory(problems);
  if (p.issuerProvinceCode === null && p.status !== 'draft') throw policyErrors.issuerRequired();
  await assertReach(trx, actor, p.issuerProvinceCode, p.validFrom);
  return {
    code: p.code,
    name_vi: p.nameVi.trim(),
    name_en: p.nameEn.trim(),
    issuer_province_code: p.issuerProvinceCode,
    scheme: p.scheme,
    condition: JSON.stringify(p.condition),
    share_percent: sharePercent,
    amount: p.amount,
    stacking: p.stacking,
    valid_from: p.validFrom,
    valid_to: p.validTo,
    legal_ref: p.legalRef.trim(),
    budget_line: p.budgetLine,
    status: p.status,
    confirmed: p.confirmed,
    note: p.note,
  };
}

async function presented(db: Db | Tx, rows: repo.PolicyRow[]): Promise<Policy[]> {
  const names = new Map<string, string | null>();
  for (const r of rows) {
    const key = `${r.issuer_province_code}|${r.valid_from}`;
    if (r.issuer_province_code === null || names.has(key)) continue;
    names.set(key, (await provinceAt(db, r.issuer_province_code, r.valid_from))?.name ?? null);
  }
  return rows.map((r) =>
    presentPolicy(r, names.get(`${r.issuer_province_code}|${r.valid_from}`) ?? null),
  );
}

export async function listPolicies(db: Db, filter: repo.PolicyFilter) {
  return { items: await presented(db, await repo.listPolicyRows(db, filter)) };
}

export async function getPolicy(db: Db | Tx, id: number): Promise<Policy> {
  const row = await repo.policyRow(db, id);
  if (!row) throw policyErrors.notFound(id);
  return (await presented(db, [row]))[0]!;
}

export async function createPolicy(db: Db, actor: Actor, input: PolicyInput): Promise<Policy> {
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await repo.insertPolicy(trx, await checked(trx, actor, input));
      await recordAudit(trx, actor, {
        action: 'support_policy.create',
        entity: 'support_policy',
        entityId: row.id,
        changes: { code: row.code, issuer: row.issuer_province_code, status: row.status },
      });
      return (await presented(trx, [row]))[0]!;
    });
  } catch (error) {
    if (isConflict(error)) throw policyErrors.duplicateCode(input.code);
    throw error;
  }
}

/** The stored policy as an input, so a patch is checked as the whole policy it makes. */
export function inputOf(p: Policy): PolicyInput {
  const { id: _id, issuerProvinceName: _name, ...rest } = p;
  return { ...rest, sharePercent: trimShare(p.sharePercent) };
}

function diff(before: PolicyInput, after: PolicyInput) {
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof PolicyInput)[]) {
    const [a, b] = [JSON.stringify(before[key]), JSON.stringify(after[key])];
    if (a !== b) changed[key] = { from: before[key], to: after[key] };
  }
  return changed;
}

export async function updatePolicy(db: Db, actor: Actor, id: number, patch: PolicyPatch) {
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await repo.policyRow(trx, id, true);
      if (!row) throw policyErrors.notFound(id);
      // the caller must reach the policy as it is, and as it will be (checked below)
      await assertReach(trx, actor, row.issuer_province_code, row.valid_from);
      if (row.status === 'withdrawn') throw policyErrors.withdrawn();
      const before = inputOf((await presented(trx, [row]))[0]!);
      const after: PolicyInput = { ...before, ...patch };
      if (!NEXT[row.status].includes(after.status))
        throw policyErrors.statusChange(row.status, after.status);
      const updated = await repo.updatePolicyRow(trx, id, await checked(trx, actor, after));
      await recordAudit(trx, actor, {
        action: 'support_policy.update',
        entity: 'support_policy',
        entityId: id,
        changes: diff(before, after),
      });
      return (await presented(trx, [updated]))[0]!;
    });
  } catch (error) {
    if (isConflict(error) && patch.code) throw policyErrors.duplicateCode(patch.code);
    throw error;
  }
}
