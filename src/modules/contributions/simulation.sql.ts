// The simulation's one aggregate query: residents of the province on the date (registry's
// residentsAt) left-joined to their HI cover (enrolment's hiCoverAt), each marked eligible or
// not under the policy's condition and given a group, counted by commune × group × covered ×
// eligible in the database. Only counts come back, never a person.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db-schema.js';
import { hiCoverAt } from '../enrolment/index.js';
import { residentsAt } from '../registry/index.js';
import type { PolicyCondition } from './policies.rules.js';
import type { CountRow } from './simulation.result.js';
import {
  birthBounds,
  CHILD_GROUP,
  HOUSEHOLD_GROUP,
  JOIN_GROUPS,
  yearsBefore,
} from './simulation.rules.js';

const TRUE = sql<boolean>`true`;

/** The group an uncovered resident would join (simulation.rules JOIN_GROUPS), in SQL. */
function joinGroup(at: string): RawBuilder<string> {
  const arms = JOIN_GROUPS.map(
    ([status, group]) => sql`when ${status} = any(res.statuses) then ${group}`,
  );
  return sql<string>`case when res.birth_date > ${yearsBefore(at, 6)}::date then ${CHILD_GROUP}
    ${sql.join(arms, sql` `)} else ${HOUSEHOLD_GROUP} end`;
}

/** The condition as a boolean SQL expression over res (resident) and cov (HI cover). */
function eligibleExpr(c: PolicyCondition, at: string, group: RawBuilder<string>) {
  const parts: RawBuilder<boolean>[] = [];
  const { bornAfter, bornOnOrBefore } = birthBounds(c, at);
  if (bornAfter) parts.push(sql`res.birth_date > ${bornAfter}::date`);
  if (bornOnOrBefore) parts.push(sql`res.birth_date <= ${bornOnOrBefore}::date`);
  if (c.statuses) parts.push(sql`coalesce(res.statuses && ${c.statuses}::text[], false)`);
  if (c.communeCodes) parts.push(sql`res.commune_code = any(${c.communeCodes}::text[])`);
  if (c.withoutValidCard) parts.push(sql`cov.person_id is null`);
  if (c.groups) parts.push(sql`${group} = any(${c.groups}::text[])`);
  // occupations are not in the registry: nobody can be counted as meeting them
  if (c.occupations) parts.push(sql`false`);
  return parts.length === 0 ? TRUE : sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

export async function countResidents(
  db: Db,
  o: { communeIds: number[]; at: string; condition: PolicyCondition },
): Promise<CountRow[]> {
  const statuses = [...new Set([...JOIN_GROUPS.map(([s]) => s), ...(o.condition.statuses ?? [])])];
  const group = sql<string>`coalesce(cov.group_code, ${joinGroup(o.at)})`;
  const eligible = eligibleExpr(o.condition, o.at, group);
  const { rows } = await sql<{
    commune_id: number;
    covered: boolean;
    eligible: boolean;
    grp: string | null;
    n: number;
  }>`
    select res.commune_id, cov.person_id is not null as covered, ${eligible} as eligible,
      case when ${eligible} then ${group} end as grp, count(*)::int as n
    from (${residentsAt(db, { communeIds: o.communeIds, at: o.at, statuses })}) res
    left join (${hiCoverAt(db, o.at)}) cov on cov.person_id = res.person_id
    group by 1, 2, 3, 4`.execute(db);
  return rows.map((r) => ({
    communeId: r.commune_id,
    covered: r.covered,
    eligible: r.eligible,
    group: r.grp,
    n: r.n,
  }));
}
