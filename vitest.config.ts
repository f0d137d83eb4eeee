import { defineConfig } from 'vitest/config';

// Unit, database and in-process HTTP tests. Database tests run on PGlite unless
// TEST_DATABASE_URL names a PostgreSQL server (CI runs both).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
