// Composition root: opens the database, brings its schema and seed data up to date, and
// builds the HTTP server with every module's routes. Used by `ansinh serve` and by tests.
import type { FastifyInstance } from 'fastify';
import type { DB } from './db-schema.js';
import { AgencySchema, geoRoutes, seedGeography, UnitSchema } from './modules/geo/index.js';
import type { Config } from './platform/config.js';
import { openDatabase, ping, type Database } from './platform/db/database.js';
import { buildHttpServer } from './platform/http/server.js';
import { migrate } from './platform/migrate.js';

export interface PreparedDatabase {
  database: Database<DB>;
  migrated: string[];
  seeded: boolean;
}

/** Migrates and seeds an open database; safe to run on every start. */
export async function prepareDatabase(database: Database<DB>): Promise<PreparedDatabase> {
  const report = await migrate(database.kysely);
  const geo = await seedGeography(database.kysely);
  return { database, migrated: report.applied, seeded: geo.seeded };
}

export async function openPreparedDatabase(config: Config): Promise<PreparedDatabase> {
  const database = await openDatabase<DB>(config);
  try {
    return await prepareDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
}

export function buildApp(
  database: Database<DB>,
  config: Pick<Config, 'logLevel' | 'webDistDir'> & { logStream?: { write(line: string): void } },
): Promise<FastifyInstance> {
  const db = database.kysely;
  return buildHttpServer({
    logLevel: config.logLevel,
    ...(config.logStream ? { logStream: config.logStream } : {}),
    webDistDir: config.webDistDir,
    ready: () => ping(db),
    modules: [
      { prefix: '/api/v1/geo', routes: geoRoutes(db), schemas: [UnitSchema, AgencySchema] },
    ],
  });
}
