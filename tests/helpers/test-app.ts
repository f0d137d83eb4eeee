// The real HTTP app over a fresh test database, for in-process requests with app.inject.
// `inject` acts as the demo national administrator; `as(username)` signs in any demo user.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { DB, Db } from '../../src/db-schema.js';
import { DEMO_PASSWORD, defaultAuthSettings } from '../../src/modules/auth/index.js';
import { createTestDatabase } from './test-db.js';

export type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  /** requests as the demo national administrator (session cookie and CSRF header) */
  inject: Inject;
  as(username: string, password?: string): Promise<Inject>;
  close(): Promise<void>;
}

export const testConfig = {
  logLevel: 'silent' as const,
  webDistDir: '/nonexistent',
  // tests sign in far more often than a person would, all from one address
  auth: { ...defaultAuthSettings, loginRatePerMinute: 100_000 },
};

/** Session and CSRF cookies from a sign-in reply, as request headers. */
export function sessionHeaders(reply: LightMyRequestResponse): Record<string, string> {
  const jar = Object.fromEntries(reply.cookies.map((c) => [c.name, c.value]));
  return {
    cookie: `ansinh_session=${jar.ansinh_session}; ansinh_csrf=${jar.ansinh_csrf}`,
    'x-csrf-token': jar.ansinh_csrf ?? '',
  };
}

export async function signIn(app: FastifyInstance, username: string, password = DEMO_PASSWORD) {
  const reply = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sessions',
    payload: { username, password },
  });
  if (reply.statusCode !== 200) throw new Error(`sign-in of ${username}: ${reply.body}`);
  const headers = sessionHeaders(reply);
  return ((options: InjectOptions) =>
    app.inject({ ...options, headers: { ...headers, ...options.headers } })) as Inject;
}

export async function createTestApp(config = testConfig): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp(database, config);
  await app.ready();
  const inject = await signIn(app, 'admin');
  return {
    app,
    db: database.kysely,
    inject,
    as: (username, password) => signIn(app, username, password),
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Rows in a table (tests checking that a refused write changed nothing). */
export async function rowCount(db: Db, table: keyof DB): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function auditCount(db: Db): Promise<number> {
  return rowCount(db, 'audit_event');
}

/** The newest audit event. */
export function lastAuditEvent(db: Db) {
  return db
    .selectFrom('audit_event')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}
