// Composition root: opens the database, brings its schema and seed data up to date, and
// builds the HTTP server with every module's routes. Used by `ansinh serve` and by tests.
import type { FastifyInstance } from 'fastify';
import type { DB } from './db-schema.js';
import { seedDemo } from './demo.js';
import { auditRoutes } from './modules/audit/index.js';
import {
  AssignmentSchema,
  authRoutes,
  createAuthorizer,
  createRefusalRecorder,
  ensureAdministrator,
  UserSchema,
} from './modules/auth/index.js';
import { claimsRoutes } from './modules/claims/index.js';
import {
  CalculationSchema,
  contributionsRoutes,
  RuleRowSchema,
  seedWageRegions,
} from './modules/contributions/index.js';
import { coverageRoutes, seedTargets, wireCoverageFacts } from './modules/coverage/index.js';
import {
  CardSchema,
  CoveragePeriodSchema,
  createCardCheckLog,
  enrolmentRoutes,
} from './modules/enrolment/index.js';
import { AgencySchema, geoRoutes, seedGeography, UnitSchema } from './modules/geo/index.js';
import { PersonSchema, registryRoutes } from './modules/registry/index.js';
import { reportRoutes, ReportJobSchema } from './modules/reports/index.js';
import type { Config } from './platform/config.js';
import { openDatabase, ping, type Database } from './platform/db/database.js';
import { buildHttpServer } from './platform/http/server.js';
import { migrate } from './platform/migrate.js';

export interface PreparedDatabase {
  database: Database<DB>;
  migrated: string[];
  seeded: boolean;
}

export type PrepareOptions = Pick<Config, 'demo' | 'bootstrapAdmin'> &
  /** persons of the generated demo province; none when absent */
  Partial<Pick<Config, 'demoPersons'>> & {
    /** prints the one-time administrator password, if one is made (console, not the log) */
    notice?: (text: string) => void;
  };

/** Migrates and seeds an open database; safe to run on every start. */
export async function prepareDatabase(
  database: Database<DB>,
  options: PrepareOptions,
): Promise<PreparedDatabase> {
  const db = database.kysely;
  const report = await migrate(db);
  const geo = await seedGeography(db);
  // province default wage regions need today's provinces
  await seedWageRegions(db);
  // targets name the units as they were in their year: after the geography
  await seedTargets(db);
  if (options.demo) await seedDemo(db, { persons: options.demoPersons ?? 0 });
  await ensureAdministrator(db, {
    ...options.bootstrapAdmin,
    notice: options.notice ?? ((text) => process.stderr.write(`\n${text}\n\n`)),
  });
  return { database, migrated: report.applied, seeded: geo.seeded };
}

export async function openPreparedDatabase(config: Config): Promise<PreparedDatabase> {
  const database = await openDatabase<DB>(config);
  try {
    return await prepareDatabase(database, config);
  } catch (error) {
    await database.close();
    throw error;
  }
}

export async function buildApp(
  database: Database<DB>,
  config: Pick<Config, 'logLevel' | 'webDistDir' | 'auth'> &
    Partial<Pick<Config, 'trustProxy'>> & { logStream?: { write(line: string): void } },
): Promise<FastifyInstance> {
  const db = database.kysely;
  // derived data kept current inside the writers' transactions (src/platform/events.ts)
  wireCoverageFacts();
  const late: { app?: FastifyInstance } = {};
  const checks = createCardCheckLog(db, (err) =>
    late.app?.log.error({ err }, 'card-check trail: a batch could not be written'),
  );
  const app = await buildHttpServer({
    logLevel: config.logLevel,
    ...(config.logStream ? { logStream: config.logStream } : {}),
    webDistDir: config.webDistDir,
    trustProxy: config.trustProxy ?? false,
    ready: () => ping(db),
    authorize: createAuthorizer(db, config.auth),
    recordRefusal: createRefusalRecorder(db),
    modules: [
      { prefix: '/api/v1/geo', routes: geoRoutes(db), schemas: [UnitSchema, AgencySchema] },
      {
        prefix: '/api/v1/auth',
        routes: authRoutes(db, config.auth),
        schemas: [AssignmentSchema, UserSchema],
      },
      { prefix: '/api/v1/audit', routes: auditRoutes(db) },
      { prefix: '/api/v1/registry', routes: registryRoutes(db), schemas: [PersonSchema] },
      {
        prefix: '/api/v1/enrolment',
        routes: enrolmentRoutes(db, checks),
        schemas: [CardSchema, CoveragePeriodSchema],
      },
      { prefix: '/api/v1/claims', routes: claimsRoutes(db) },
      {
        prefix: '/api/v1/contributions',
        routes: contributionsRoutes(db),
        schemas: [RuleRowSchema, CalculationSchema],
      },
      { prefix: '/api/v1/coverage', routes: coverageRoutes(db) },
      { prefix: '/api/v1/reports', routes: reportRoutes(db), schemas: [ReportJobSchema] },
    ],
  });
  // checks still in memory are written before the database closes
  app.addHook('onClose', () => checks.flush());
  late.app = app;
  return app;
}
