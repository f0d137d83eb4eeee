import { defineConfig } from 'vitest/config';

// End-to-end browser tests: the real server (in-memory database, built web app in web/dist)
// driven by the system Chromium through playwright-core. Run `npm run build` first.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
