// The minimum-wage region of a place at a date. A commune's own row wins over its province's
// default (Decree 293/2025 lists communes by region; until its appendix is loaded, provinces
// carry a default). The place's parents come through the geo module's exported services.
import type { Db, Tx } from '../../db-schema.js';
import { resolveUnit, unitAncestry } from '../geo/index.js';
import { contributionsErrors } from './contributions.errors.js';
import type { Region } from './rules.types.js';

export interface WageRegionAt {
  region: Region;
  /** the wage_region row used */
  id: number;
  legalRef: string;
  confirmed: boolean;
  /** the unit the row is recorded for: the place itself or one of its parents */
  unit: { code: string; name: string; level: string };
}

export async function wageRegionAt(db: Db | Tx, code: string, at: string): Promise<WageRegionAt> {
  const unit = await resolveUnit(db, code, at);
  const chain = await unitAncestry(db, unit); // the unit first, then its parents upwards
  const rows = await db
    .selectFrom('wage_region')
    .select(['id', 'unit_id', 'region', 'legal_ref', 'confirmed'])
    .where(
      'unit_id',
      'in',
      chain.map((u) => u.id),
    )
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .execute();
  for (const place of chain) {
    const row = rows.find((r) => r.unit_id === place.id);
    if (row) {
      return {
        region: row.region as Region,
        id: row.id,
        legalRef: row.legal_ref,
        confirmed: row.confirmed,
        unit: { code: place.code, name: place.name, level: place.level },
      };
    }
  }
  throw contributionsErrors.noWageRegion(code, at);
}

/** Of these units, the ids that have any wage_region row (for the idempotent seed). */
export async function unitsWithWageRegion(db: Db | Tx, unitIds: number[]): Promise<Set<number>> {
  if (unitIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('wage_region')
    .select('unit_id')
    .distinct()
    .where('unit_id', 'in', unitIds)
    .execute();
  return new Set(rows.map((r) => r.unit_id));
}
