// Shared set-up of the browser tests: the real server on an in-memory database serving the
// built web app, the system Chromium driven by playwright-core, and pages that record
// console errors so a scenario can assert there were none.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { buildApp, openPreparedDatabase, type PreparedDatabase } from '../../src/app.js';
import type { Db } from '../../src/db-schema.js';
import { loadConfig } from '../../src/platform/config.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webDist = path.join(repoRoot, 'web', 'dist');

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** the server's database, for set-up the API does not offer (reference data) */
  db: Db;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error('web/dist/index.html is missing: run npm run build first');
  }
  const config = loadConfig(
    {
      ...process.env,
      DATABASE_URL: '',
      ANSINH_DATA_DIR: 'memory',
      // the demo users and scope-test persons only: tests create the rest they need, and
      // generating a province would cost each file half a minute
      ANSINH_DEMO_PERSONS: '0',
      ANSINH_WEB_DIST: webDist,
      PORT: '0',
      LOG_LEVEL: 'warn',
    },
    repoRoot,
  );
  let prepared: PreparedDatabase | undefined;
  let app: FastifyInstance | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await app?.close();
    await prepared?.database.close();
  };
  try {
    prepared = await openPreparedDatabase(config);
    app = await buildApp(prepared.database, config);
    await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    await close();
    throw error;
  }
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { baseUrl, browser, db: prepared.database.kysely, close };
}

/**
 * A new page in a fresh context (no cookies: signed out) whose relative URLs resolve against
 * the server. It records console errors and uncaught exceptions (favicon misses aside).
 */
export async function openPage(harness: Harness): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.browser.newPage({
    baseURL: harness.baseUrl,
    locale: 'vi-VN',
    viewport: { width: 1440, height: 1000 },
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/i.test(message.text())) {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return { page, errors };
}

export async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor();
  return (await locator.textContent()) ?? '';
}

/**
 * Waits until the page heading reads `expected` (a route change can briefly show the previous
 * page's heading), failing with the heading actually shown.
 */
export async function expectHeading(page: Page, expected: string): Promise<void> {
  const heading = page.getByTestId('page-heading');
  try {
    const exact = new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    await heading.filter({ hasText: exact }).waitFor({ timeout: 10_000 });
  } catch {
    throw new Error(`page heading is "${await heading.textContent()}", not "${expected}"`);
  }
}
