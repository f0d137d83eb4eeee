// A seeded random stream and the few distributions the generator draws from. Everything the
// generator makes comes from one stream consumed in a fixed order, so the same seed (and the
// same number of persons and reference date) gives the same data on every machine.

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
}

/** sfc32 seeded through splitmix32: fast, 128-bit state, good enough for synthetic data */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const rng = {
    next() {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      return (t >>> 0) / 4294967296;
    },
  };
  for (let i = 0; i < 12; i++) rng.next(); // discard the first outputs of a fresh state
  return rng;
}

export const chance = (rng: Rng, p: number) => rng.next() < p;

/** integer in [min, max] */
export const intBetween = (rng: Rng, min: number, max: number) =>
  min + Math.floor(rng.next() * (max - min + 1));

export const pick = <T>(rng: Rng, list: readonly T[]): T =>
  list[Math.floor(rng.next() * list.length)]!;

/** standard normal (Box–Muller; one of the pair is dropped to keep the stream simple) */
export function normal(rng: Rng): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

export const logNormal = (rng: Rng, mu: number, sigma: number) =>
  Math.exp(mu + sigma * normal(rng));

/**
 * Draws an index by weight in O(log n): cumulative sums and a binary search. Built once per
 * list (names, communes, employers) and reused for millions of draws.
 */
export function weighted(weights: readonly number[]): (rng: Rng) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (cumulative[i] = total += w));
  if (!(total > 0)) throw new Error('weighted: weights must sum to more than 0');
  return (rng) => {
    const target = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** A weighted choice among labelled options, e.g. `{ head: 3, spouse: 1 }`. */
export function weightedKeys<K extends string>(table: Readonly<Record<K, number>>) {
  const keys = Object.keys(table) as K[];
  const draw = weighted(keys.map((k) => table[k]));
  return (rng: Rng): K => keys[draw(rng)]!;
}
