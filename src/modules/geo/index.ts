// Public face of the geo module: its routes, its seed, and the services other modules use.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Db } from '../../db-schema.js';
import { agencyRoutes } from './agencies.routes.js';
import { agencyWriteRoutes } from './agencies.write.routes.js';
import { denominatorRoutes } from './denominators.routes.js';
import { unitRoutes } from './geo.routes.js';
import { successionRoutes } from './succession.routes.js';

export { seedGeography } from './seed/seed.js';
export { resolveUnit, unitAncestry, isUnitValidAt, codeLevel } from './geo.service.js';
export { successorsOf, reaggregateCounts } from './succession.service.js';
export { agencyForUnit } from './agencies.service.js';
export { denominatorsForUnit, recordSyntheticDenominators } from './denominators.service.js';
export type { SyntheticDenominator } from './denominators.service.js';
export type { UnitRow } from './geo.service.js';

export function geoRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(unitRoutes(db));
    await app.register(successionRoutes(db));
    await app.register(agencyRoutes(db));
    await app.register(agencyWriteRoutes(db));
    await app.register(denominatorRoutes(db));
  };
}

export { UnitSchema } from './geo.schema.js';
export { AgencySchema } from './agencies.presenter.js';
export {
  childUnits,
  provincesOf,
  unitsWithinEachScope,
  unitsWithinScope,
  unitSummaries,
  type UnitSummary,
} from './geo.scope.js';
