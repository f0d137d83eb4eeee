// The hierarchy at a date as a nested tree below a root, a few levels deep: provinces →
// districts → communes before 2025-07-01, provinces → communes after.
import type { Db } from '../../db-schema.js';
import * as repo from './geo.repo.js';
import { resolveUnit } from './geo.service.js';

export interface TreeNode {
  code: string;
  name: string;
  level: string;
  childCount: number;
  children?: TreeNode[];
}

export function buildTree(units: repo.UnitRow[], rootId: number, depth: number): TreeNode[] {
  const byParent = new Map<number, repo.UnitRow[]>();
  for (const u of units) {
    if (u.parent_id === null) continue;
    const siblings = byParent.get(u.parent_id);
    if (siblings) siblings.push(u);
    else byParent.set(u.parent_id, [u]);
  }
  const grow = (parentId: number, left: number): TreeNode[] =>
    (byParent.get(parentId) ?? []).map((u) => ({
      code: u.code,
      name: u.name,
      level: u.level,
      childCount: byParent.get(u.id)?.length ?? 0,
      ...(left > 1 ? { children: grow(u.id, left - 1) } : {}),
    }));
  return grow(rootId, depth);
}

export async function treeAt(db: Db, at: string, rootCode: string, depth: number) {
  const root = await resolveUnit(db, rootCode, at);
  const units = await repo.unitsValidAt(db, at);
  return { root, children: buildTree(units, root.id, depth) };
}
