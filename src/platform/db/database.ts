// Opens the database named by the config: embedded PGlite (default, one process, not
// crash-safe) or a PostgreSQL server (DATABASE_URL). Both go through the same Kysely
// instance, SQL dialect, type parsers and session settings.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Config, DatabaseTarget } from '../config.js';
import { registerPgliteCopy, registerPostgresCopy } from './copy.js';
import { acquireLockFile } from './lock-file.js';
import { PGliteDialect } from './pglite-dialect.js';
import { prepareMarkedQueries } from './prepared.js';
import { OID_DATE, OID_INT8, parseDate, parseInt8 } from './type-parsers.js';

export type Engine = 'pglite' | 'postgres';

export interface Database<DB> {
  readonly kysely: Kysely<DB>;
  readonly engine: Engine;
  close(): Promise<void>;
  /** PGlite only: a dump of the data directory (tests copy a seeded database this way). */
  dump?: () => Promise<Blob>;
}

export interface OpenOptions {
  workMem: string;
  /** A dump made by PGlite's dumpDataDir, loaded into an in-memory database (tests). */
  loadDataDir?: Blob;
}

async function openPglite<DB>(dataDir: string | null, options: OpenOptions): Promise<Database<DB>> {
  let releaseLock = () => {};
  if (dataDir) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    releaseLock = acquireLockFile(`${dataDir}.lock`);
  }
  try {
    const pglite = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: { btree_gist },
      parsers: { [OID_INT8]: parseInt8, [OID_DATE]: parseDate },
    });
    await pglite.exec(`set work_mem = '${options.workMem}'`);
    const kysely = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
    registerPgliteCopy(kysely as Kysely<unknown>, pglite);
    return {
      kysely,
      engine: 'pglite',
      dump: () => pglite.dumpDataDir('none'),
      async close() {
        await kysely.destroy();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === OID_INT8) return parseInt8;
    if (oid === OID_DATE) return parseDate;
    return pg.types.getTypeParser(oid, format);
  },
};

async function openPostgres<DB>(url: string, options: OpenOptions): Promise<Database<DB>> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: pgTypes as pg.CustomTypesConfig,
    options: `-c work_mem=${options.workMem}`,
  });
  // An idle connection that the server drops (restart, failover, terminated backend) emits
  // 'error' on the pool; unhandled, that would kill the process. The pool discards the client
  // and the next query opens a new connection.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL connection lost: ${error.message}`, 'DatabaseWarning');
  });
  pool.on('connect', prepareMarkedQueries);
  const kysely = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  registerPostgresCopy(kysely as Kysely<unknown>, pool);
  try {
    await sql`select 1`.execute(kysely); // fail fast on a wrong URL
  } catch (error) {
    await kysely.destroy();
    throw error;
  }
  return { kysely, engine: 'postgres', close: () => kysely.destroy() };
}

export function openDatabaseTarget<DB>(
  target: DatabaseTarget,
  options: OpenOptions,
): Promise<Database<DB>> {
  return target.kind === 'postgres'
    ? openPostgres<DB>(target.url, options)
    : openPglite<DB>(target.dataDir, options);
}

/** Readiness: the database answers a trivial query. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function ping(db: Kysely<any>): Promise<boolean> {
  await sql`select 1`.execute(db);
  return true;
}

export function openDatabase<DB>(config: Config): Promise<Database<DB>> {
  return openDatabaseTarget<DB>(config.database, { workMem: config.workMem });
}
