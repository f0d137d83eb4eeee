import { describe, expect, it } from 'vitest';
import { apportion, reaggregate, successorShares, type Edge } from './geo.rules.js';
import { SHARE_ONE } from './geo.shares.js';

const graph = (edges: Record<number, Edge[]>) => (id: number) => edges[id] ?? [];

describe('apportion', () => {
  it('gives each part the floor of its quota and the leftovers to the largest remainders', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [5, 3, 2])).toEqual([4, 2, 1]);
  });

  it('always sums to the total, even for large counts and uneven weights', () => {
    const weights = [333_333_334, 333_333_333, 333_333_333];
    for (const total of [0, 1, 2, 999, 96_208_984, Number.MAX_SAFE_INTEGER]) {
      const parts = apportion(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    }
  });

  it('breaks ties toward the earlier weight so results are reproducible', () => {
    expect(apportion(1, [1, 1])).toEqual([1, 0]);
    expect(apportion(3, [1, 1, 1, 1])).toEqual([1, 1, 1, 0]);
  });

  it('refuses negative totals and empty or non-positive weights', () => {
    expect(() => apportion(-1, [1])).toThrow(RangeError);
    expect(() => apportion(1, [])).toThrow(RangeError);
    expect(() => apportion(1, [0, 0])).toThrow(RangeError);
  });
});

describe('reaggregate', () => {
  const half = SHARE_ONE / 2;
  const edges = graph({
    1: [{ successorId: 10, shareNano: SHARE_ONE }],
    2: [
      { successorId: 10, shareNano: half },
      { successorId: 11, shareNano: half },
    ],
    3: [{ successorId: 4, shareNano: SHARE_ONE }], // chain 3 → 4 → 11
    4: [{ successorId: 11, shareNano: SHARE_ONE }],
  });
  const isTarget = (id: number) => id >= 10;

  it('moves counts to the target units and conserves the total exactly', () => {
    const r = reaggregate(
      new Map([
        [1, 100],
        [2, 7],
        [3, 5],
      ]),
      edges,
      isTarget,
    );
    expect(Object.fromEntries(r.byUnit)).toEqual({ 10: 104, 11: 8 });
    expect([...r.byUnit.values()].reduce((a, b) => a + b, 0)).toBe(112);
  });

  it('keeps counts of units without successors apart as unallocated', () => {
    const r = reaggregate(
      new Map([
        [1, 3],
        [9, 4],
      ]),
      edges,
      isTarget,
    );
    expect(Object.fromEntries(r.unallocated)).toEqual({ 9: 4 });
    expect(Object.fromEntries(r.byUnit)).toEqual({ 10: 3 });
  });

  it('stops on a cycle instead of looping forever', () => {
    const cyclic = graph({
      1: [{ successorId: 2, shareNano: SHARE_ONE }],
      2: [{ successorId: 1, shareNano: SHARE_ONE }],
    });
    expect(() => reaggregate(new Map([[1, 1]]), cyclic, () => false)).toThrow(/cycle/);
  });

  it('composes shares along a chain into shares that sum to exactly one', () => {
    const thirds = graph({
      1: [
        { successorId: 2, shareNano: 333_333_334 },
        { successorId: 3, shareNano: 666_666_666 },
      ],
      3: [
        { successorId: 4, shareNano: half },
        { successorId: 5, shareNano: half },
      ],
    });
    const { shares, lostNano } = successorShares(1, thirds, (id) => id !== 1 && id !== 3);
    expect(lostNano).toBe(0);
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBe(SHARE_ONE);
    expect(shares.get(2)).toBe(333_333_334);
  });
});
