// Synthetic denominators for generated data: a generated registry is its own population, so
// rates computed on it mean something. Counts residents on a day by commune (registry), sums
// them over the scopes of today's communes and provinces (geo) and the country, and records population and labour
// force (persons aged 15+ × the participation rate) as synthetic rows of that year, which an
// official figure of the same unit and year always outranks.
import { sql } from 'kysely';
import type { Db } from '../db-schema.js';
import {
  childUnits,
  recordSyntheticDenominators,
  resolveUnit,
  unitsWithinEachScope,
  type SyntheticDenominator,
} from '../modules/geo/index.js';
import { residentsOn } from '../modules/registry/index.js';
import { LABOUR_FORCE_PARTICIPATION } from './params.work.js';

const SOURCE = 'counted on the generated registry (ansinh generate): synthetic';

interface Count {
  population: number;
  adults: number;
}

async function countsByCommune(db: Db, at: string): Promise<Map<number, Count>> {
  const rows = await db
    .selectFrom(residentsOn(db, { at }).as('r'))
    .select([
      sql<number>`r.commune_id::int`.as('commune'),
      sql<number>`count(*)::int`.as('population'),
      sql<number>`(count(*) filter (where r.birth_date <= ${at}::date - interval '15 years'))::int`.as(
        'adults',
      ),
    ])
    .groupBy('r.commune_id')
    .execute();
  return new Map(rows.map((r) => [r.commune, { population: r.population, adults: r.adults }]));
}

function rowsOf(unitId: number, year: number, c: Count): SyntheticDenominator[] {
  if (c.population === 0) return [];
  return [
    { unitId, year, kind: 'population', value: c.population, source: SOURCE },
    {
      unitId,
      year,
      kind: 'labour_force',
      value: Math.round(c.adults * LABOUR_FORCE_PARTICIPATION),
      source: SOURCE,
    },
  ];
}

/** Records the year's synthetic denominators of every commune, province and the country. */
export async function recordGeneratedDenominators(db: Db, at: string): Promise<number> {
  const year = Number(at.slice(0, 4));
  const counts = await countsByCommune(db, at);
  const country = await resolveUnit(db, 'VN', at);
  const provinces = await childUnits(db, country.id, at);
  const communes = (await Promise.all(provinces.map((p) => childUnits(db, p.id, at)))).flat();
  // a unit's count is over its scope, as the board counts its participants: residences still
  // filed under a commune that a merger absorbed count in the communes that succeeded it
  const scopes = await unitsWithinEachScope(db, [
    ...provinces.map((p) => p.id),
    ...communes.map((c) => c.id),
  ]);
  const sum = (ids: Iterable<number>) => {
    const total = { population: 0, adults: 0 };
    for (const id of ids) {
      const c = counts.get(id);
      total.population += c?.population ?? 0;
      total.adults += c?.adults ?? 0;
    }
    return total;
  };
  const rows = [...provinces, ...communes].flatMap((u) =>
    rowsOf(u.id, year, sum(scopes.get(u.id) ?? [])),
  );
  rows.push(...rowsOf(country.id, year, sum(counts.keys())));
  await recordSyntheticDenominators(db, rows);
  return rows.length;
}
