// The `ansinh` command: `serve` (default for npm start), `db migrate`, and each module's
// subcommands. Errors print their Vietnamese and English messages and set exit code 1.
import { Command } from 'commander';
import { openPreparedDatabase } from './app.js';
import type { Db } from './db-schema.js';
import { registerGenerateCommands } from './generate/generate.cli.js';
import { registerUserCommands } from './modules/auth/index.js';
import { registerPolicyCommands } from './modules/contributions/policy.cli.js';
import { registerCoverageCommands } from './modules/coverage/coverage.cli.js';
import { registerGeoCommands } from './modules/geo/geo.cli.js';
import { registerImportCommands } from './modules/registry/import/import.cli.js';
import { registerReportCommands } from './modules/reports/index.js';
import { loadConfig } from './platform/config.js';
import { AppError } from './platform/errors.js';
import { serve } from './serve.js';

async function withDb<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const prepared = await openPreparedDatabase(loadConfig());
  try {
    return await run(prepared.database.kysely);
  } finally {
    await prepared.database.close();
  }
}

export function buildCli(): Command {
  const program = new Command('ansinh').description(
    'ansinh — social and health insurance toward universal coverage',
  );
  program
    .command('serve')
    .description('run the API and web UI')
    .action(() => serve(loadConfig()));
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply pending migrations and seed reference data')
    .action(() =>
      withDb(async () => {
        console.log('database is up to date');
      }),
    );
  registerGeoCommands(program, withDb);
  registerUserCommands(program, withDb);
  registerImportCommands(program, withDb);
  registerGenerateCommands(program, withDb);
  registerPolicyCommands(program, withDb);
  registerCoverageCommands(program, withDb);
  registerReportCommands(program, withDb);
  return program;
}

export function reportCliError(error: unknown): void {
  if (error instanceof AppError) {
    console.error(`Lỗi: ${error.messageVi}\nError: ${error.message}`);
    if (error.details) console.error(JSON.stringify(error.details, null, 2));
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
}
