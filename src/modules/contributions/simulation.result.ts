// From the simulation's aggregate counts (commune × group × covered × eligible) to its result:
// pure, so the money arithmetic is tested without a database.
import { divRound, groupShare, localPerYear, nationalPerYear } from './simulation.rules.js';
import type { PolicyTermsForCost } from './simulation.rules.js';
import type { RuleSet } from './rules.types.js';

export interface CountRow {
  communeId: number;
  covered: boolean;
  eligible: boolean;
  /** the cover's group, or the group an uncovered person would join (eligible rows only) */
  group: string | null;
  n: number;
}

export interface Figures {
  eligible: number;
  eligibleUncovered: number;
  expectedJoiners: number;
  localCostPerYear: number;
  stateCostPerYear: number;
}

/** Sums kept exact until the take-up is applied once per figure. */
class Tally {
  eligible = 0;
  uncovered = 0;
  localCovered = 0n;
  localUncovered = 0n;
  stateUncovered = 0n;

  add(n: number, covered: boolean, local: number, state: number) {
    this.eligible += n;
    if (covered) {
      this.localCovered += BigInt(n) * BigInt(local);
      return;
    }
    this.uncovered += n;
    this.localUncovered += BigInt(n) * BigInt(local);
    this.stateUncovered += BigInt(n) * BigInt(state);
  }

  figures(takeUpMicro: bigint): Figures {
    const part = (x: bigint) => Number(divRound(x * takeUpMicro, 1_000_000n));
    return {
      eligible: this.eligible,
      eligibleUncovered: this.uncovered,
      expectedJoiners: part(BigInt(this.uncovered)),
      localCostPerYear: Number(this.localCovered) + part(this.localUncovered),
      stateCostPerYear: part(this.stateUncovered),
    };
  }
}

export interface Tallied {
  population: number;
  covered: number;
  eligibleCovered: number;
  total: Figures;
  byCommune: Map<number, Figures>;
  byGroup: Map<string, Figures>;
}

export interface CostContext {
  rules: RuleSet;
  at: string;
  premium: number;
  policy: PolicyTermsForCost;
  takeUp: number;
}

export function tally(rows: CountRow[], c: CostContext): Tallied {
  const total = new Tally();
  const communes = new Map<number, Tally>();
  const groups = new Map<string, Tally>();
  const perGroup = new Map<string, [number, number]>();
  const costs = (group: string) => {
    let hit = perGroup.get(group);
    if (!hit) {
      const share = groupShare(c.rules, group, c.at);
      hit = [localPerYear(c.policy, share, c.premium), nationalPerYear(share, c.premium)];
      perGroup.set(group, hit);
    }
    return hit;
  };
  let population = 0;
  let covered = 0;
  let eligibleCovered = 0;
  for (const r of rows) {
    population += r.n;
    if (r.covered) covered += r.n;
    if (!r.eligible || r.group === null) continue;
    if (r.covered) eligibleCovered += r.n;
    const [local, state] = costs(r.group);
    for (const t of [
      total,
      getOr(communes, r.communeId, () => new Tally()),
      getOr(groups, r.group, () => new Tally()),
    ])
      t.add(r.n, r.covered, local, state);
  }
  const tu = BigInt(Math.round(c.takeUp * 1_000_000));
  const done = <K>(m: Map<K, Tally>) => new Map([...m].map(([k, t]) => [k, t.figures(tu)]));
  return {
    population,
    covered,
    eligibleCovered,
    total: total.figures(tu),
    byCommune: done(communes),
    byGroup: done(groups),
  };
}

function getOr<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/** A rate as a decimal 0..1 with 6 places (0 for an empty population). */
export const rate = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 1_000_000) / 1_000_000;
