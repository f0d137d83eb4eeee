// The units an org-unit scope covers, for access control: each root's subtree (all versions)
// and, through the succession mapping, the units before and after them. So a user of the
// former Hải Dương keeps its communes now under Hải Phòng, and a Hải Phòng officer sees
// records filed under communes that existed before the 2025 merger. Successors and
// predecessors are followed in one direction each, never mixed, so a scope cannot spread
// sideways into a neighbour that shared a successor.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import { unitsByIds } from './geo.repo.js';

export async function unitsWithinScope(db: Db | Tx, rootIds: readonly number[]) {
  const byRoot = await unitsWithinEachScope(db, rootIds);
  return [...new Set([...byRoot.values()].flat())].sort((a, b) => a - b);
}

/** The same, kept apart per root: what each child of a province covers, in one query. */
export async function unitsWithinEachScope(db: Db | Tx, rootIds: readonly number[]) {
  const result = new Map<number, number[]>(rootIds.map((id) => [id, []]));
  if (rootIds.length === 0) return result;
  const { rows } = await sql<{ root: number; id: number }>`
    with recursive subtree(root, id) as (
      select id, id from admin_unit where id = any(${[...rootIds]}::bigint[])
      union
      select s.root, u.id from admin_unit u join subtree s on u.parent_id = s.id
    ), later(root, id) as (
      select root, id from subtree
      union
      select l.root, e.successor_id
      from admin_unit_succession e join later l on e.predecessor_id = l.id
    ), earlier(root, id) as (
      select root, id from subtree
      union
      select l.root, e.predecessor_id
      from admin_unit_succession e join earlier l on e.successor_id = l.id
    )
    -- a reached unit does not bring its subtree: the new Hải Phòng province succeeds the
    -- former Hải Dương, but a Hải Dương scope covers only the communes that came from it
    select root, id from later union select root, id from earlier`.execute(db);
  for (const row of rows) result.get(row.root)!.push(row.id);
  return result;
}

/** Units whose parent is this unit on a date (a province's communes after 2025-07-01). */
export async function childUnits(db: Db | Tx, parentId: number, at: string) {
  return db
    .selectFrom('admin_unit')
    .select(['id', 'code', 'name'])
    .where('parent_id', '=', parentId)
    .where('valid_from', '<=', at)
    .where(sql<boolean>`(valid_to is null or valid_to > ${at}::date)`)
    .orderBy('code')
    .execute();
}

export interface UnitSummary {
  id: number;
  code: string;
  name: string;
  level: string;
  parentId: number | null;
  validFrom: string;
  validTo: string | null;
}

/** Names and codes of units by id, for modules that store unit ids (scopes, residences). */
export async function unitSummaries(db: Db | Tx, ids: readonly number[]) {
  const rows = await unitsByIds(db, [...new Set(ids)]);
  return new Map<number, UnitSummary>(
    rows.map((u) => [
      u.id,
      {
        id: u.id,
        code: u.code,
        name: u.name,
        level: u.level,
        parentId: u.parent_id,
        validFrom: u.valid_from,
        validTo: u.valid_to,
      },
    ]),
  );
}
