// The provincial top-ups that apply to one person: the active policies of the province valid on
// the date whose condition the person meets. A province that absorbed others (Hải Phòng took in
// Hải Dương on 2025-07-01) also carries their policies still in force, but only for persons
// living in communes that came from the absorbed province; before the merger each old province
// has its own. The overlap rule among several (calculator's resolveTopUps) is the caller's.
import type { Db, Tx } from '../../db-schema.js';
import { resolveUnit, unitSummaries, unitsWithinScope } from '../geo/index.js';
import { trimShare } from './policies.presenter.js';
import * as repo from './policies.repo.js';
import { matchesCondition } from './policies.rules.js';
import type { LocalTopUp, PersonFacts } from './rules.types.js';

export interface TopUpQuery {
  provinceCode: string;
  scheme: 'hi' | 'vsi';
  at: string;
  person: PersonFacts;
}

/** The province on `at` and the older provinces it took in, with the unit ids each covers. */
async function issuers(db: Db | Tx, provinceCode: string, at: string) {
  const province = await resolveUnit(db, provinceCode, at);
  const reached = await unitSummaries(db, await unitsWithinScope(db, [province.id]));
  const absorbed = [...reached.values()].filter(
    (u) => u.level === 'province' && u.code !== provinceCode,
  );
  const areas = await Promise.all(absorbed.map((u) => unitsWithinScope(db, [u.id])));
  return new Map(absorbed.map((u, i) => [u.code, new Set(areas[i])]));
}

/** Does the person live in a commune that came from the absorbed province? */
async function livesIn(
  db: Db | Tx,
  area: Set<number>,
  communeCode: string | undefined,
  at: string,
) {
  if (!communeCode) return false;
  try {
    return area.has((await resolveUnit(db, communeCode, at)).id);
  } catch {
    return false;
  }
}

export async function topUpsFor(db: Db | Tx, q: TopUpQuery): Promise<LocalTopUp[]> {
  const absorbed = await issuers(db, q.provinceCode, q.at);
  const rows = await repo.listPolicyRows(db, {
    provinceCodes: [q.provinceCode, ...absorbed.keys()],
    scheme: q.scheme,
    status: 'active',
    at: q.at,
  });
  const out: LocalTopUp[] = [];
  for (const row of rows) {
    if (!matchesCondition(row.condition, q.person, q.at)) continue;
    const area = absorbed.get(row.issuer_province_code ?? '');
    if (area && !(await livesIn(db, area, q.person.communeCode, q.at))) continue;
    out.push(topUpOf(row));
  }
  return out;
}

export function topUpOf(row: repo.PolicyRow): LocalTopUp {
  return {
    policyId: row.id,
    code: row.code,
    name: row.name_vi,
    scheme: row.scheme,
    sharePercent: trimShare(row.share_percent),
    amount: row.amount,
    stacking: row.stacking,
    legalRef: row.legal_ref,
    confirmed: row.confirmed,
  };
}
