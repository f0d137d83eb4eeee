// Seeds the geography on first start: units and successions from the published lists, VSS
// agencies, and official denominators, all in one transaction (an interrupted first start
// leaves nothing behind and simply runs again).
import { sql } from 'kysely';
import type { Db } from '../../../db-schema.js';
import type { ActorContext } from '../../../platform/audit.js';
import { recordAudit } from '../../../platform/audit.js';
import { importDenominators } from '../denominators.service.js';
import { unitsAtLevel } from '../geo.repo.js';
import { seedAgencies } from './agencies.seed.js';
import { statisticsRows } from './denominators.seed.js';
import { buildSeedPlan } from './plan.js';
import { readSources } from './sources.js';
import type { SeedReport } from './types.js';
import { writeSeedPlan } from './write-plan.js';

export interface GeoSeedResult {
  seeded: boolean;
  report?: SeedReport & { agencies: number; denominators: number };
}

const SYSTEM: ActorContext = { actor: 'system:seed', requestId: null };

export async function seedGeography(db: Db): Promise<GeoSeedResult> {
  const existing = await db.selectFrom('admin_unit').select('id').limit(1).execute();
  if (existing.length > 0) return { seeded: false };
  const plan = buildSeedPlan(await readSources());
  return db.transaction().execute(async (trx) => {
    // two servers starting at once against one database: the second waits, then skips
    await sql`select pg_advisory_xact_lock(7260412)`.execute(trx);
    const again = await trx.selectFrom('admin_unit').select('id').limit(1).execute();
    if (again.length > 0) return { seeded: false };
    await writeSeedPlan(trx, plan);
    const provinces = await unitsAtLevel(trx, 'province');
    const agencies = await seedAgencies(trx, provinces);
    const denominators = await importDenominators(trx, SYSTEM, statisticsRows());
    const report = { ...plan.report, agencies, denominators: denominators.rows };
    await recordAudit(trx, SYSTEM, {
      action: 'geo.seed',
      entity: 'admin_unit',
      entityId: null,
      changes: report,
    });
    return { seeded: true, report };
  });
}
