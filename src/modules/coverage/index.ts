// Public face of the coverage module: its routes, its seed, and the services other modules use.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Db } from '../../db-schema.js';
import { boardRoutes } from './board.routes.js';
import { monitoringRoutes } from './monitoring.routes.js';
import { targetRoutes } from './targets.routes.js';

export { seedTargets } from './targets.seed.js';
export { listTargets } from './targets.service.js';
export { TargetSchema } from './targets.presenter.js';
export { applyCoverageChange, rebuildFacts, wireCoverageFacts } from './facts.service.js';
export { localitySummary } from './monitoring.service.js';
export { localityBoard, localityBreakdown, type BoardQuery } from './board.service.js';
export type { Board, Breakdown, Child, Geography } from './board.presenter.js';
export {
  coverageRate,
  gapInPersons,
  gapInPoints,
  shareOfTargetReached,
  targetPersons,
} from './coverage.rules.js';

/** Every route of the module, mounted at /api/v1/coverage: add a register line per file. */
export function coverageRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(targetRoutes(db));
    await app.register(monitoringRoutes(db));
    await app.register(boardRoutes(db));
  };
}
