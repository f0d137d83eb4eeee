// Pure rules of succession: apportioning counts with the largest-remainder method, following
// successions until units valid at a target date, and composing shares along the way.
import { SHARE_ONE } from './geo.shares.js';

export interface Edge {
  successorId: number;
  /** billionths of the predecessor */
  shareNano: number;
}

/**
 * Splits a non-negative integer total in proportion to integer weights so that the parts sum to
 * the total exactly: each part gets the floor of its quota, and the units left over go to the
 * largest fractional remainders (ties to the earlier weight, so callers order weights stably).
 */
export function apportion(total: number, weights: number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError('total must be a count');
  if (weights.length === 0) throw new RangeError('need at least one weight');
  const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
  if (sum <= 0n || weights.some((w) => w < 0)) throw new RangeError('weights must be positive');
  const big = BigInt(total);
  const parts = weights.map((w) => (big * BigInt(w)) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (big * BigInt(w)) % sum }));
  let left = Number(big - parts.reduce((a, b) => a + b, 0n));
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left-- <= 0) break;
    parts[i]! += 1n;
  }
  return parts.map(Number);
}

export interface ReaggregationResult {
  /** counts per unit valid at the target date */
  byUnit: Map<number, number>;
  /** counts stuck on units that have no successor (gaps in the published mapping) */
  unallocated: Map<number, number>;
}

const MAX_STEPS = 16; // no chain of reorganisations is this long; guards against cycles

/**
 * Moves counts from the units they were recorded on to units valid at the target date,
 * step by step along successions, apportioning at every step so totals are conserved exactly.
 */
export function reaggregate(
  counts: Map<number, number>,
  edgesOf: (unitId: number) => Edge[],
  isTarget: (unitId: number) => boolean,
): ReaggregationResult {
  const result: ReaggregationResult = { byUnit: new Map(), unallocated: new Map() };
  const add = (m: Map<number, number>, id: number, n: number) => m.set(id, (m.get(id) ?? 0) + n);
  let frontier = new Map(counts);
  for (let step = 0; frontier.size > 0; step++) {
    if (step > MAX_STEPS) throw new Error('succession chain too long (cycle?)');
    const next = new Map<number, number>();
    for (const [unitId, count] of frontier) {
      if (isTarget(unitId)) {
        add(result.byUnit, unitId, count);
        continue;
      }
      const edges = [...edgesOf(unitId)].sort((a, b) => a.successorId - b.successorId);
      if (edges.length === 0) {
        add(result.unallocated, unitId, count);
        continue;
      }
      const parts = apportion(
        count,
        edges.map((e) => e.shareNano),
      );
      edges.forEach((e, i) => add(next, e.successorId, parts[i]!));
    }
    frontier = next;
  }
  return result;
}

/**
 * The units valid at the target date that a unit passed into, with composed shares (in
 * billionths, summing to one over the reached units plus any share lost to a gap).
 */
export function successorShares(
  unitId: number,
  edgesOf: (unitId: number) => Edge[],
  isTarget: (unitId: number) => boolean,
): { shares: Map<number, number>; lostNano: number } {
  // Apportioning one billion "parts" through the chain gives shares that sum exactly to one.
  const { byUnit, unallocated } = reaggregate(new Map([[unitId, SHARE_ONE]]), edgesOf, isTarget);
  const lostNano = [...unallocated.values()].reduce((a, b) => a + b, 0);
  return { shares: byUnit, lostNano };
}
