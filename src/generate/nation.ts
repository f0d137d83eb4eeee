// `ansinh generate --nation --persons N`: a synthetic country. The N persons are shared among
// today's provinces in proportion to their latest recorded population (geo's denominators;
// the 2025 merger dossier for the 34 provinces), each province generated as by
// generateProvince with its own seed, in one load (indexes set aside once in fast mode) and
// with identifier counters shared, so no province rescans the person table.
import type { Db } from '../db-schema.js';
import { childUnits, denominatorsForUnit, resolveUnit } from '../modules/geo/index.js';
import { todayInVietnam } from '../platform/dates.js';
import { loadContext, usedSerials } from './context.load.js';
import {
  checkCounts,
  generatedHouseholds,
  withLoading,
  writeProvince,
  type GenerateSummary,
} from './generate.js';
import { generateErrors } from './generate.errors.js';
import { FIRST_NATIONAL_ID_SERIAL, SerialCounter } from './identity.js';

export interface NationOptions {
  persons: number;
  seed: number;
  asOf?: string;
  fast?: boolean;
  /** add to provinces that already have generated data */
  append?: boolean;
  onProgress?: (persons: number, total: number) => void;
}

/** Largest-remainder shares of `total` by weight; sums exactly to total. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : total / weights.length));
  const shares = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    shares[i]! += 1;
  }
  return shares;
}

async function populations(db: Db, at: string) {
  const country = await resolveUnit(db, 'VN', at);
  const provinces = await childUnits(db, country.id, at);
  const out: { code: string; population: number }[] = [];
  for (const p of provinces) {
    const { recorded, reaggregated } = await denominatorsForUnit(db, {
      code: p.code,
      at,
      kind: 'population',
    });
    // official figures only: synthetic ones count an earlier generated registry, not people
    const official = recorded.filter((r) => !r.synthetic);
    const rows = [...official.map((r) => ({ year: r.year, value: r.value })), ...reaggregated];
    const latest = rows.sort((a, b) => b.year - a.year)[0];
    out.push({ code: p.code, population: Number(latest?.value ?? 0) });
  }
  return out;
}

export async function generateNation(db: Db, o: NationOptions): Promise<GenerateSummary[]> {
  checkCounts(o);
  const asOf = o.asOf ?? todayInVietnam();
  const provinces = await populations(db, asOf);
  for (const p of provinces) {
    const existing = o.append ? 0 : await generatedHouseholds(db, p.code);
    if (existing > 0) throw generateErrors.alreadyGenerated(p.code, existing);
  }
  const shares = apportion(
    o.persons,
    provinces.map((p) => p.population),
  );
  const shared = {
    nationalIds: new SerialCounter(
      6,
      FIRST_NATIONAL_ID_SERIAL,
      await usedSerials(db, 'person', 'national_id', 6),
    ),
    siNumbers: new SerialCounter(8, 1, await usedSerials(db, 'person', 'si_number', 2)),
  };
  return withLoading(db, o.fast, async (run) => {
    const summaries: GenerateSummary[] = [];
    let done = 0;
    for (const [i, p] of provinces.entries()) {
      const persons = shares[i]!;
      if (persons === 0) continue;
      const ctx = await loadContext(db, p.code, asOf);
      const options = {
        provinceCode: p.code,
        persons,
        seed: o.seed + i,
        asOf,
        onProgress: (n: number) => o.onProgress?.(done + n, o.persons),
      };
      summaries.push(await writeProvince(db, run, ctx, options, shared));
      done += persons;
    }
    return summaries;
  });
}
