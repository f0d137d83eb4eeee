// Use cases of succession: where an old unit went (with shares), which old units a new one
// absorbed, and re-aggregating counts kept on old units onto today's units.
import type { Db } from '../../db-schema.js';
import { todayInVietnam } from '../../platform/dates.js';
import { commonErrors } from '../../platform/errors.js';
import { reaggregate, successorShares } from './geo.rules.js';
import * as repo from './geo.repo.js';
import { checkDate, codeLevel, resolveUnit, type Level } from './geo.service.js';
import { loadGraphFrom } from './succession.graph.js';

export async function successorsOf(db: Db, code: string, at: string, to = todayInVietnam()) {
  checkDate(to);
  const unit = await resolveUnit(db, code, at);
  const graph = await loadGraphFrom(db, [unit.id]);
  const { shares, lostNano } = successorShares(unit.id, graph.edgesOf, graph.isValidAt(to));
  const direct = new Map((graph.edges.get(unit.id) ?? []).map((e) => [e.successorId, e]));
  const items = [...shares]
    .map(([id, shareNano]) => ({ unit: graph.units.get(id)!, shareNano, edge: direct.get(id) }))
    .sort((a, b) => a.unit.code.localeCompare(b.unit.code));
  return { unit, to, items, lostNano };
}

/** The units that passed (in part) into this one, at one level, with their edges. */
export async function directPredecessors(db: Db, unit: repo.UnitRow, level: Level) {
  const edges = await repo.edgesInto(db, [unit.id]);
  const ids = edges.map((e) => e.predecessor_id);
  const units = new Map((await repo.unitsByIds(db, ids)).map((u) => [u.id, u]));
  return edges
    .map((e) => ({ unit: units.get(e.predecessor_id)!, edge: e }))
    .filter((x) => x.unit.level === level)
    .sort((a, b) => a.unit.code.localeCompare(b.unit.code));
}

export async function predecessorsOf(db: Db, code: string, at: string, level?: Level) {
  const unit = await resolveUnit(db, code, at);
  return { unit, items: await directPredecessors(db, unit, level ?? unit.level) };
}

export interface CountItem {
  code: string;
  count: number;
}

export async function reaggregateCounts(db: Db, items: CountItem[], from: string, to: string) {
  checkDate(from);
  checkDate(to);
  if (to < from) {
    throw commonErrors.validation([
      { in: 'body', field: 'to', problem: 'must not be before from' },
    ]);
  }
  const totalIn = items.reduce((a, b) => a + b.count, 0);
  if (!Number.isSafeInteger(totalIn)) {
    throw commonErrors.validation([
      { in: 'body', field: 'items', problem: 'the counts sum beyond 2^53 - 1' },
    ]);
  }
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.code)) throw commonErrors.validation({ duplicateCode: item.code });
    seen.add(item.code);
  }
  const found = new Map<string, repo.UnitRow>();
  for (const unit of await repo.unitsByCodesAt(db, [...seen], from)) {
    if (unit.level === codeLevel(unit.code)) found.set(unit.code, unit);
  }
  const missing = items.find((item) => !found.has(item.code));
  if (missing) await resolveUnit(db, missing.code, from); // throws the precise 4xx
  const counts = new Map(items.map((item) => [found.get(item.code)!.id, item.count]));
  const graph = await loadGraphFrom(db, [...counts.keys()]);
  const result = reaggregate(counts, graph.edgesOf, graph.isValidAt(to));
  const present = (m: Map<number, number>) =>
    [...m]
      .map(([id, count]) => ({ unit: graph.units.get(id)!, count }))
      .sort((a, b) => a.unit.code.localeCompare(b.unit.code));
  const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return {
    from,
    to,
    totalIn,
    totalOut: sum(result.byUnit),
    totalUnallocated: sum(result.unallocated),
    items: present(result.byUnit),
    unallocated: present(result.unallocated),
  };
}
