// The units an org-unit scope covers, for access control: each root's subtree (all versions)
// and, through the succession mapping, the units before and after them. So a user of the
// former Hải Dương keeps its communes now under Hải Phòng, and a Hải Phòng officer sees
// records filed under communes that existed before the 2025 merger. Successors and
// predecessors are followed in one direction each, never mixed, so a scope cannot spread
// sideways into a neighbour that shared a successor; and a unit reached by succession does not
// bring its subtree (the new Hải Phòng succeeds the former Hải Dương, but a Hải Dương scope
// covers only the communes that came from it). Going forward, only communes are taken: the
// new Hải Phòng province itself is more than the former Hải Dương, so a Hải Dương scope must
// not count as authority over it.
//
// Every request with a scope needs this, so the graph (~14k units, ~11k successions) is kept in
// memory per database and reloaded when `geo_revision` (bumped by triggers) has moved.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import { unitsByIds } from './geo.repo.js';

interface UnitGraph {
  communes: Set<number>;
  provinces: Set<number>;
  parentOf: Map<number, number>;
  children: Map<number, number[]>;
  successors: Map<number, number[]>;
  predecessors: Map<number, number[]>;
}

const cache = new WeakMap<object, { revision: string; graph: UnitGraph }>();

function push(map: Map<number, number[]>, key: number, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function loadGraph(db: Db | Tx): Promise<UnitGraph> {
  const [units, edges] = await Promise.all([
    db.selectFrom('admin_unit').select(['id', 'parent_id', 'level']).execute(),
    db.selectFrom('admin_unit_succession').select(['predecessor_id', 'successor_id']).execute(),
  ]);
  const graph: UnitGraph = {
    communes: new Set(units.filter((u) => u.level === 'commune').map((u) => u.id)),
    provinces: new Set(units.filter((u) => u.level === 'province').map((u) => u.id)),
    parentOf: new Map(units.flatMap((u) => (u.parent_id === null ? [] : [[u.id, u.parent_id]]))),
    children: new Map(),
    successors: new Map(),
    predecessors: new Map(),
  };
  for (const u of units) if (u.parent_id !== null) push(graph.children, u.parent_id, u.id);
  for (const e of edges) {
    push(graph.successors, e.predecessor_id, e.successor_id);
    push(graph.predecessors, e.successor_id, e.predecessor_id);
  }
  return graph;
}

async function unitGraph(db: Db | Tx): Promise<UnitGraph> {
  const { rows } = await sql<{ revision: string }>`
    select revision::text as revision from geo_revision where id = 1`.execute(db);
  const revision = rows[0]?.revision ?? '';
  // inside a transaction the graph may include uncommitted changes: use it, never cache it
  if (db.isTransaction) return loadGraph(db);
  const hit = cache.get(db);
  if (hit?.revision === revision) return hit.graph;
  const graph = await loadGraph(db);
  cache.set(db, { revision, graph });
  return graph;
}

function closure(start: Iterable<number>, next: Map<number, number[]>): Set<number> {
  const seen = new Set(start);
  const queue = [...seen];
  while (queue.length > 0) {
    for (const id of next.get(queue.pop()!) ?? []) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return seen;
}

function scopeOf(graph: UnitGraph, root: number): number[] {
  const subtree = closure([root], graph.children);
  const later = [...closure(subtree, graph.successors)].filter(
    (id) => subtree.has(id) || graph.communes.has(id),
  );
  const reached = new Set([...later, ...closure(subtree, graph.predecessors)]);
  return [...reached].sort((a, b) => a - b);
}

export async function unitsWithinScope(db: Db | Tx, rootIds: readonly number[]) {
  const byRoot = await unitsWithinEachScope(db, rootIds);
  return [...new Set([...byRoot.values()].flat())].sort((a, b) => a - b);
}

/** The same, kept apart per root: what each child of a province covers. */
export async function unitsWithinEachScope(db: Db | Tx, rootIds: readonly number[]) {
  if (rootIds.length === 0) return new Map<number, number[]>();
  const graph = await unitGraph(db);
  return new Map(rootIds.map((id) => [id, scopeOf(graph, id)]));
}

/** Units whose parent is this unit on a date (a province's communes after 2025-07-01). */
export async function childUnits(db: Db | Tx, parentId: number, at: string) {
  return db
    .selectFrom('admin_unit')
    .select(['id', 'code', 'name', 'level', 'parent_id'])
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

/** The province each unit lay in (itself, for a province), walking up the parents. */
export async function provincesOf(db: Db | Tx, ids: readonly number[]) {
  const graph = await unitGraph(db);
  const provinceOf = new Map<number, number>();
  for (const id of new Set(ids)) {
    let at: number | undefined = id;
    while (at !== undefined && !graph.provinces.has(at)) at = graph.parentOf.get(at);
    if (at !== undefined) provinceOf.set(id, at);
  }
  const names = await unitsByIds(db, [...new Set(provinceOf.values())]);
  const byId = new Map(names.map((p) => [p.id, { code: p.code, name: p.name }]));
  return new Map([...provinceOf].map(([id, province]) => [id, byId.get(province)!]));
}
