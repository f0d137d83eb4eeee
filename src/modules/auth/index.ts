// Public face of the auth module: its routes, the access-control hook the HTTP layer runs
// before every handler, bootstrap and demo seeding.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Db } from '../../db-schema.js';
import type { AuthSettings } from './auth.settings.js';
import { grantRoutes } from './grants.routes.js';
import { sessionRoutes } from './session.routes.js';
import { userRoutes } from './users.routes.js';

export { createAuthorizer, createRefusalRecorder } from './access.js';
export { ensureAdministrator } from './bootstrap.js';
export { seedDemoUsers, DEMO_PASSWORD } from './seed/demo-users.js';
export { AssignmentSchema, UserSchema } from './auth.presenter.js';
export { defaultAuthSettings, type AuthSettings } from './auth.settings.js';

export function authRoutes(db: Db, settings: AuthSettings): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(sessionRoutes(db, settings));
    await app.register(userRoutes(db));
    await app.register(grantRoutes(db));
  };
}
export { reachOf, reachesUnit, reachesFacility, type Reach } from './scope.service.js';
export { registerUserCommands } from './auth.cli.js';
