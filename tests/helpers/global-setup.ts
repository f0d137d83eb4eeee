// Builds one migrated and seeded database per test run, which every test file then copies:
// on PGlite as a data-directory dump, on a server as a template database (dropped at the end).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../../src/app.js';
import type { DB } from '../../src/db-schema.js';
import { openDatabaseTarget } from '../../src/platform/db/database.js';

// demo users and persons, a small generated Hải Phòng (3,000 persons keep the suite fast), and
// no bootstrap notice: an administrator exists among the demo users
const TEST_PREPARE = { demo: true, demoPersons: 3_000, bootstrapAdmin: {}, notice: () => {} };

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const runId = `${process.pid}_${Date.now()}`;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const template = `ansinh_template_${runId}`;
    await admin.query(`create database ${template}`);
    const db = await openDatabaseTarget<DB>(
      { kind: 'postgres', url: withDatabase(serverUrl, template) },
      { workMem: '64MB' },
    );
    await prepareDatabase(db, TEST_PREPARE);
    await db.close();
    project.provide('templateDatabase', template);
    return async () => {
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  const db = await openDatabaseTarget<DB>({ kind: 'pglite', dataDir: null }, { workMem: '64MB' });
  await prepareDatabase(db, TEST_PREPARE);
  const dump = await db.dump!();
  const file = path.join(os.tmpdir(), `ansinh-test-template-${runId}.tar`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  project.provide('templateDatabase', file);
  return () => fs.rmSync(file, { force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
