// Loads the part of the succession graph reachable from some units, and the validity of every
// unit on the way, so the pure rules can run without further queries.
import type { Db, Tx } from '../../db-schema.js';
import { withinValidity } from '../../platform/dates.js';
import type { Edge } from './geo.rules.js';
import * as repo from './geo.repo.js';
import { decimalToShare } from './geo.shares.js';

export interface LoadedGraph {
  units: Map<number, repo.UnitRow>;
  edges: Map<number, (Edge & { method: string; note: string })[]>;
  edgesOf: (id: number) => Edge[];
  isValidAt: (at: string) => (id: number) => boolean;
}

export async function loadGraphFrom(db: Db | Tx, startIds: number[]): Promise<LoadedGraph> {
  const units = new Map<number, repo.UnitRow>();
  const edges = new Map<number, (Edge & { method: string; note: string })[]>();
  let frontier = [...new Set(startIds)];
  while (frontier.length > 0) {
    for (const unit of await repo.unitsByIds(db, frontier)) units.set(unit.id, unit);
    const found = await repo.edgesFrom(db, frontier);
    for (const e of found) {
      const list = edges.get(e.predecessor_id) ?? [];
      list.push({
        successorId: e.successor_id,
        shareNano: decimalToShare(e.share),
        method: e.share_method,
        note: e.share_note,
      });
      edges.set(e.predecessor_id, list);
    }
    frontier = [...new Set(found.map((e) => e.successor_id))].filter((id) => !units.has(id));
  }
  return {
    units,
    edges,
    edgesOf: (id) => edges.get(id) ?? [],
    isValidAt: (at) => (id) => {
      const u = units.get(id);
      return u !== undefined && withinValidity(at, u.valid_from, u.valid_to);
    },
  };
}
