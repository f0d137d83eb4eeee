// `ansinh serve`: prepare the database, listen, and shut down gracefully on SIGINT/SIGTERM
// (stop accepting, finish in-flight requests, close the database, release its lock).
// `npm start` runs `node --import tsx`, not the tsx CLI: that CLI relays a signal to its child
// and SIGKILLs it when the child's event loop does not answer within ~60 ms, which cut the
// shutdown short while PGlite was busy (the database then had to recover on the next start).
import { buildApp, openPreparedDatabase } from './app.js';
import type { Config } from './platform/config.js';

export async function serve(config: Config): Promise<void> {
  const started = Date.now();
  const prepared = await openPreparedDatabase(config);
  const app = await buildApp(prepared.database, config).catch(async (error: unknown) => {
    await prepared.database.close();
    throw error;
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    // Ctrl-C reaches npm, tsx and this process alike, so a signal can arrive twice: only the
    // first starts the shutdown; a stuck close is cut short after a grace period.
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), 15_000).unref();
    await app.close();
    await prepared.database.close();
    app.log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    // e.g. the port is taken: release the database (and its lock) before reporting
    await app.close();
    await prepared.database.close();
    throw error;
  }
  app.log.info(
    {
      engine: prepared.database.engine,
      migrated: prepared.migrated,
      seeded: prepared.seeded,
      startupMs: Date.now() - started,
    },
    `ansinh ready on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
  );
  if (prepared.database.engine === 'pglite') {
    app.log.warn(
      'embedded PGlite runs with fsync off and is not crash-safe: use DATABASE_URL for real data',
    );
  }
}
