// The real HTTP app over a fresh test database, for in-process requests with app.inject.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { Db } from '../../src/db-schema.js';
import { createTestDatabase } from './test-db.js';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp(database, { logLevel: 'silent', webDistDir: '/nonexistent' });
  await app.ready();
  return {
    app,
    db: database.kysely,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export async function auditCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
