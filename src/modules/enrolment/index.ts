// Public face of the enrolment module: routes, schemas, and the batched card-check trail.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Db } from '../../db-schema.js';
import { CardCheckLog } from './card-check.log.js';
import { cardCheckRoutes } from './card-check.routes.js';
import { enrolmentRoutes as routes } from './enrolment.routes.js';

export { CardSchema } from './cards.presenter.js';
export { CoveragePeriodSchema } from './coverage.presenter.js';
export { CardCheckLog } from './card-check.log.js';
export { parseCardNumber, splitCardNumber, type CardNumberParts } from './card-number.js';

export function enrolmentRoutes(db: Db, log: CardCheckLog): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(routes(db));
    await app.register(cardCheckRoutes(db, log));
  };
}

export function createCardCheckLog(db: Db, onError: (error: unknown) => void) {
  return new CardCheckLog(db, onError);
}
export { declaredSalaries } from './declarations.service.js';
export { groupsOverlapping } from './groups.repo.js';
export { coverAt, coverDuring, hiCoverAt } from './cover.query.js';
export { COVERAGE_PERIOD_CHANGED, type CoveragePeriodChange } from './coverage.events.js';
