// A fresh, migrated and seeded database for one test file: a copy of the run's template
// (PGlite dump loaded in memory, or CREATE DATABASE … TEMPLATE on a server), discarded after.
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { DB } from '../../src/db-schema.js';
import { openDatabaseTarget, type Database } from '../../src/platform/db/database.js';

export async function createTestDatabase(): Promise<Database<DB>> {
  const template = inject('templateDatabase');
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const blob = new Blob([fs.readFileSync(template)]);
    return openDatabaseTarget<DB>(
      { kind: 'pglite', dataDir: null },
      { workMem: '64MB', loadDataDir: blob },
    );
  }
  const name = `ansinh_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabaseTarget<DB>(
    { kind: 'postgres', url: url.toString() },
    { workMem: '64MB' },
  );
  return {
    ...db,
    async close() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
