// Public face of the registry module: routes, demo seed, and the schemas it registers.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Db } from '../../db-schema.js';
import { employerRoutes } from './employers.routes.js';
import { importRoutes } from './import/import.routes.js';
import { personRoutes } from './persons.routes.js';
import { registryWriteRoutes } from './registry.write.routes.js';

export { PersonSchema } from './persons.presenter.js';
export { seedDemoPersons } from './seed/demo-persons.js';

export function registryRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(personRoutes(db));
    await app.register(employerRoutes(db));
    await app.register(registryWriteRoutes(db));
    await app.register(importRoutes(db));
  };
}
export {
  employerByTaxCode,
  employerNames,
  facilityNames,
  holderOf,
  holderQuery,
  personInReach,
  primaryFacility,
  type Holder,
  type HolderKey,
  type HolderRow,
} from './lookup.service.js';
export {
  holdersOf,
  residentsAt,
  residencesDuring,
  residentsOn,
  statusKindCodes,
  statusMask,
  type ResidentsOnOptions,
  type ResidentsOptions,
} from './eligibility.query.js';
