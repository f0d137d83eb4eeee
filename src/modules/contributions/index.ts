// Public face of the contributions module: its routes (rule tables, calculator, support
// policies), the wage-region seed, and the services other modules use.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Db } from '../../db-schema.js';
import { calculatorRoutes } from './calculator.routes.js';
import { policyRoutes } from './policies.routes.js';
import { rulesRoutes } from './rules.routes.js';
import { simulationRoutes } from './simulation.routes.js';

export { CalculationSchema } from './calculator.routes.js';
export { RuleRowSchema } from './rules.presenter.js';
export { loadRuleSet } from './rules.repo.js';
export { topUpsFor, type TopUpQuery } from './policies.lookup.js';
export { wageRegionAt, type WageRegionAt } from './wage-region.repo.js';
export { seedWageRegions } from './wage-region.seed.js';

/** Every route of the module, mounted at /api/v1/contributions: add a register line per file. */
export function contributionsRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(rulesRoutes(db));
    await app.register(calculatorRoutes(db));
    await app.register(policyRoutes(db));
    await app.register(simulationRoutes(db));
  };
}
