// Public face of the registry module: routes, demo seed, and the schemas it registers.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Db } from '../../db-schema.js';
import { personRoutes } from './persons.routes.js';

export { PersonSchema } from './persons.presenter.js';
export { seedDemoPersons } from './seed/demo-persons.js';

export function registryRoutes(db: Db): FastifyPluginAsyncTypebox {
  return personRoutes(db);
}
export {
  employerByTaxCode,
  employerNames,
  facilityNames,
  holderBy,
  personInReach,
  primaryFacility,
  type Holder,
} from './lookup.service.js';
