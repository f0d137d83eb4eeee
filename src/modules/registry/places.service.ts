// Reference lists: medical facilities (by province) and collection agents (by area).
// Facilities are public reference data; agents are listed within the caller's area.
import { sql } from 'kysely';
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { todayInVietnam } from '../../platform/dates.js';
import { reachOf } from '../auth/index.js';
import { resolveUnit } from '../geo/index.js';
import { unitRefs } from './unit-refs.js';

export async function listFacilities(db: Db, provinceCode?: string) {
  let query = db
    .selectFrom('facility')
    .select(['code', 'name', 'tier', 'province_id', 'primary_care', 'status'])
    .orderBy('code')
    .limit(2000);
  if (provinceCode) {
    const province = await resolveUnit(db, provinceCode, todayInVietnam());
    query = query.where('province_id', '=', province.id);
  }
  const rows = await query.execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    tier: r.tier,
    primaryCare: r.primary_care,
    status: r.status,
  }));
}

export async function listAgents(db: Db, actor: Actor) {
  const reach = await reachOf(db, actor, 'registry.read');
  let query = db
    .selectFrom('collection_agent as a')
    .select([
      'a.id',
      'a.code',
      'a.name',
      'a.kind',
      'a.commune_id',
      'a.status',
      sql<
        number[]
      >`array(select commune_id::int from collection_agent_area r where r.agent_id = a.id)`.as(
        'area',
      ),
    ])
    .orderBy('a.code')
    .limit(2000);
  if (!reach.all)
    query = query.where('a.commune_id', '=', sql<number>`any(${reach.unitIds}::bigint[])`);
  const rows = await query.execute();
  const place = await unitRefs(
    db,
    rows.flatMap((r) => [r.commune_id, ...r.area]),
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind,
    status: r.status,
    commune: place(r.commune_id),
    area: r.area.map(place),
  }));
}
