// Runs `ansinh` subcommands in-process against a test database of their own, capturing what
// they print. Call at the top of a test file: it registers the database's set-up and clean-up.
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { reportCliError } from '../../src/cli.js';
import type { DB, Db } from '../../src/db-schema.js';
import type { Database } from '../../src/platform/db/database.js';
import { createTestDatabase } from './test-db.js';

type WithDb = <T>(run: (db: Db) => Promise<T>) => Promise<T>;

export function cliTestBed(register: (program: Command, withDb: WithDb) => void) {
  let database: Database<DB>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  const db = () => database.kysely;
  const run = async (...args: string[]): Promise<string> => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a) => void lines.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a) => void lines.push(a.join(' ')));
    const program = new Command('ansinh').exitOverride();
    register(program, (fn) => fn(db()));
    await program.parseAsync(['node', 'ansinh', ...args]).catch(reportCliError);
    return lines.join('\n');
  };
  return { run, db };
}
