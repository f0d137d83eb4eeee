// Card-check benchmark over HTTP on loopback: the server runs in a child process (as in
// production), autocannon loads it from this one. Figures are ratios to GET /health measured
// in the same run (routing and serialisation without authentication or database): maximum
// throughput, and latency at a fixed 1,000 requests/s. Medians of BENCH_RUNS runs.
// The database (DATABASE_URL, or a fresh PGlite directory) is filled by `ansinh generate`
// up to BENCH_CARD_PERSONS persons of province 31 before the server starts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { prepareDatabase } from '../src/app.js';
import type { DB } from '../src/db-schema.js';
import { openDatabaseTarget } from '../src/platform/db/database.js';
import { report, type Row } from './lib.js';
import { sessionHeaders, startServer } from './server.js';

const PERSONS = Number(process.env.BENCH_CARD_PERSONS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 3990;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(PORT),
  LOG_LEVEL: 'warn',
  ANSINH_DEMO: 'true',
  ANSINH_DEMO_PERSONS: '0',
};
if (!process.env.DATABASE_URL)
  env.ANSINH_DATA_DIR = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-bench-')), 'pg');
const target = env.DATABASE_URL
  ? ({ kind: 'postgres', url: env.DATABASE_URL } as const)
  : ({ kind: 'pglite', dataDir: env.ANSINH_DATA_DIR! } as const);

/** cards in the database when the load ran (it may hold more than PERSONS) */
let held = 0;

/** Fills the database up to PERSONS generated persons, and samples card numbers. */
async function prepare(): Promise<string[]> {
  let database = await openDatabaseTarget<DB>(target, { workMem: '64MB' });
  await prepareDatabase(database, { demo: true, bootstrapAdmin: {}, notice: () => {} });
  const cards = async () =>
    Number(
      (await sql<{ n: number }>`select count(*)::int n from hi_card`.execute(database.kysely))
        .rows[0]!.n,
    );
  if ((await cards()) < PERSONS * 0.8) {
    await database.close(); // PGlite: one process at a time
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/main.ts',
        'generate',
        '--province',
        '31',
        '--persons',
        String(PERSONS),
        '--seed',
        '7',
      ],
      {
        env,
        stdio: 'inherit',
      },
    );
    if (run.status !== 0) throw new Error('generate failed');
    database = await openDatabaseTarget<DB>(target, { workMem: '64MB' });
  }
  await sql`analyze`.execute(database.kysely);
  held = await cards();
  // about 50,000 cards from pages spread over the whole table, asked in random order: the
  // lookups touch the whole index, as a country's reception desks would
  const percent = Math.min(100, (50_000 / Math.max(held, 1)) * 100);
  const sample = await sql<{ card_number: string }>`
    select card_number from hi_card tablesample system (${sql.lit(percent)})
    order by random()`.execute(database.kysely);
  await database.close();
  return sample.rows.map((r) => r.card_number);
}

/** A token for the demo facility user, made through the API by the demo administrator. */
async function facilityToken(): Promise<string> {
  const api = `http://127.0.0.1:${PORT}/api/v1`;
  const headers = await sessionHeaders(PORT, 'admin');
  const users = (await (await fetch(`${api}/auth/users?limit=500`, { headers })).json()) as {
    items: { id: number; username: string }[];
  };
  const facility = users.items.find((u) => u.username === 'facility')!;
  const expiresOn = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
  const created = await fetch(`${api}/auth/users/${facility.id}/tokens`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: `bench ${Date.now()}`, expiresOn }),
  });
  return ((await created.json()) as { token: string }).token;
}

type Result = autocannon.Result;
function load(opts: autocannon.Options): Promise<Result> {
  return new Promise((resolve, reject) =>
    autocannon(opts, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const cards = await prepare();
  const server = await startServer(PORT, env);
  try {
    const token = await facilityToken();
    let i = 0;
    const checkRequest = {
      method: 'POST' as const,
      path: '/api/v1/enrolment/card-check',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      setupRequest: (req: autocannon.Request) => ({
        ...req,
        body: JSON.stringify({ cardNumber: cards[i++ % cards.length] }),
      }),
    };
    const url = `http://127.0.0.1:${PORT}`;
    const base = { url, connections: 20, duration: SECONDS };
    await load({ ...base, duration: 3, requests: [checkRequest] }); // warm-up
    const health: Result[] = [];
    const check: Result[] = [];
    const paced: Result[] = [];
    const pacedHealth: Result[] = [];
    for (let run = 0; run < RUNS; run++) {
      health.push(await load({ ...base, requests: [{ method: 'GET', path: '/health' }] }));
      check.push(await load({ ...base, requests: [checkRequest] }));
      pacedHealth.push(
        await load({ ...base, overallRate: 1000, requests: [{ method: 'GET', path: '/health' }] }),
      );
      paced.push(await load({ ...base, overallRate: 1000, requests: [checkRequest] }));
    }
    const rps = (rs: Result[]) => median(rs.map((r) => r.requests.average));
    const p = (rs: Result[], k: 'p50' | 'p99') => median(rs.map((r) => r.latency[k]));
    const errors = [...check, ...paced].reduce((n, r) => n + r.errors + r.non2xx, 0);
    const rows: Row[] = [
      {
        case: 'card check, max throughput (req/s; ratio = share of /health)',
        baseline: 'GET /health (req/s)',
        medianMs: rps(check),
        baselineMs: rps(health),
        ratio: rps(check) / rps(health),
      },
      {
        case: 'card check p50 at 1,000 req/s (ms)',
        baseline: 'GET /health p50 at 1,000 req/s',
        medianMs: p(paced, 'p50'),
        baselineMs: p(pacedHealth, 'p50'),
        ratio: p(paced, 'p50') / Math.max(p(pacedHealth, 'p50'), 0.001),
      },
      {
        case: 'card check p99 at 1,000 req/s (ms)',
        baseline: 'GET /health p99 at 1,000 req/s',
        medianMs: p(paced, 'p99'),
        baselineMs: p(pacedHealth, 'p99'),
        ratio: p(paced, 'p99') / Math.max(p(pacedHealth, 'p99'), 0.001),
      },
    ];
    const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
    report('card-check', rows, {
      engine: target.kind,
      persons: PERSONS,
      cardsInDatabase: held,
      runs: RUNS,
      seconds: SECONDS,
      errors,
      achievedRateAt1000: median(paced.map((r) => r.requests.average)),
      serverPeakRssMb: Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024),
    });
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
}

await main();
