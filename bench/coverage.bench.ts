// Coverage benchmark (issue 6 item 8) on a generated nation (`ansinh generate --nation`,
// BENCH_COV_PERSONS persons, default 10 M on a server, 100,000 on PGlite). Three figures:
// - full rebuild of the facts for the last 12 months vs one `count(*) … group by commune` over
//   the same registry in the same run (goal ≤ 15 ×);
// - board API latency over HTTP on loopback (p50/p95/p99 of sequential requests) for the
//   country and one province, vs GET /health in the same run (goal p95 < 50 ms);
// - an enrolment through the API until the board shows it (goal < 1 s).
// The server runs in a child process, as in production. Medians of BENCH_RUNS runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { prepareDatabase } from '../src/app.js';
import type { DB, Db } from '../src/db-schema.js';
import { rebuildFacts } from '../src/modules/coverage/index.js';
import { residentsOn } from '../src/modules/registry/index.js';
import { todayInVietnam } from '../src/platform/dates.js';
import { openDatabaseTarget } from '../src/platform/db/database.js';
import { report, type Row } from './lib.js';
import { sessionHeaders, startServer } from './server.js';

const server = Boolean(process.env.DATABASE_URL);
const PERSONS = Number(process.env.BENCH_COV_PERSONS ?? (server ? 10_000_000 : 100_000));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const PORT = 3991;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(PORT),
  LOG_LEVEL: 'warn',
  // demo users (the steering committee signs in), no demo province: the nation is generated
  ANSINH_DEMO: 'true',
  ANSINH_DEMO_PERSONS: '0',
};
if (!server)
  env.ANSINH_DATA_DIR = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-bench-')), 'pg');
const target = server
  ? ({ kind: 'postgres', url: env.DATABASE_URL! } as const)
  : ({ kind: 'pglite', dataDir: env.ANSINH_DATA_DIR! } as const);
const today = todayInVietnam();
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const pct = (v: number[], p: number) =>
  [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor((p / 100) * v.length))]!;

async function open() {
  return openDatabaseTarget<DB>(target, { workMem: '64MB' });
}

/** Fills the database with a generated nation of PERSONS persons (once). */
async function prepare(): Promise<number> {
  let database = await open();
  await prepareDatabase(database, { demo: true, bootstrapAdmin: {}, notice: () => {} });
  const count = async () =>
    (await sql<{ n: number }>`select count(*)::int n from person`.execute(database.kysely)).rows[0]!
      .n;
  if ((await count()) < PERSONS * 0.8) {
    await database.close(); // PGlite: one process at a time
    const args = ['--import', 'tsx', 'src/main.ts', 'generate', '--nation', '--fast'];
    const run = spawnSync(process.execPath, [...args, '--persons', String(PERSONS)], {
      env,
      stdio: 'inherit',
    });
    if (run.status !== 0) throw new Error('generate failed');
    database = await open();
  }
  await sql`analyze`.execute(database.kysely);
  const n = await count();
  await database.close();
  return n;
}

const monthsBack = (n: number) => {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
};

async function timed(fn: () => Promise<unknown>) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The baseline scan, then the 12-month rebuild (once: it is long at 10 M). */
async function rebuild(db: Db): Promise<Row[]> {
  const scan = () =>
    db
      .selectFrom(residentsOn(db, { at: today }).as('r'))
      .select(['r.commune_id', sql<number>`count(*)::int`.as('n')])
      .groupBy('r.commune_id')
      .execute();
  const scans: number[] = [];
  for (let i = 0; i < RUNS; i++) scans.push(await timed(scan));
  const from = monthsBack(11);
  const rebuildMs = await timed(() =>
    rebuildFacts(db, {
      from,
      to: today.slice(0, 7),
      onMonth: (m) => process.stderr.write(`  ${m.month}: ${m.participants} participants\n`),
    }),
  );
  const baselineMs = median(scans);
  console.log(`scan ${baselineMs.toFixed(0)} ms; rebuild ${rebuildMs.toFixed(0)} ms`);
  return [
    {
      case: `rebuild facts ${from}..${today.slice(0, 7)}`,
      baseline: 'count(*) by commune',
      medianMs: rebuildMs,
      baselineMs,
      ratio: rebuildMs / baselineMs,
    },
  ];
}

async function latencies(url: string, headers: Record<string, string>) {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    times.push(performance.now() - start);
  }
  return times;
}

const api = (p: string) => `http://127.0.0.1:${PORT}/api/v1${p}`;
const boardUrl = (code: string) => api(`/coverage/localities/${code}/board?at=${today}&scheme=HI`);

async function dashboard(headers: Record<string, string>) {
  const health = await latencies(`http://127.0.0.1:${PORT}/health`, {});
  const rows: Row[] = [];
  const figures: Record<string, unknown> = {};
  for (const code of ['VN', '01', '31']) {
    await latencies(boardUrl(code), headers); // warm: statics cached for a minute
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await latencies(boardUrl(code), headers));
    const p95 = median(runs.map((r) => pct(r, 95)));
    figures[`board ${code}`] = {
      p50: median(runs.map((r) => pct(r, 50))),
      p95,
      p99: median(runs.map((r) => pct(r, 99))),
    };
    rows.push({
      case: `board ${code} p95`,
      baseline: '/health p95',
      medianMs: p95,
      baselineMs: pct(health, 95),
      ratio: p95 / pct(health, 95),
    });
  }
  return { rows, figures };
}

/** Residents of Hải Phòng without HI, to enrol. */
async function uncovered(db: Db) {
  const { rows } = await sql<{ id: number }>`
    select r.person_id as id from person_residence r
    join admin_unit c on c.id = r.commune_id join admin_unit p on p.id = c.parent_id
    where r.valid_to is null and p.code = '31'
      and not exists (select 1 from coverage_period k where k.person_id = r.person_id and k.scheme = 'hi')
    limit ${RUNS}`.execute(db);
  return rows.map((r) => r.id);
}

/** Each person enrolled through the API, timed until the board counts it. */
async function incremental(ids: number[], headers: Record<string, string>) {
  const times: number[] = [];
  const participants = async () =>
    (
      (await (await fetch(boardUrl('31'), { headers })).json()) as {
        summary: { participants: number };
      }
    ).summary.participants;
  for (const id of ids) {
    const before = await participants();
    const start = performance.now();
    const res = await fetch(api(`/enrolment/persons/${id}/coverage-periods`), {
      method: 'POST',
      headers,
      body: JSON.stringify({
        scheme: 'hi',
        groupCode: 'GD',
        payer: 'household',
        validFrom: `${today.slice(0, 7)}-01`,
      }),
    });
    if (res.status !== 201) throw new Error(`enrol: ${res.status} ${await res.text()}`);
    while ((await participants()) !== before + 1) {
      if (performance.now() - start > 10_000) throw new Error('the enrolment never showed');
    }
    times.push(performance.now() - start);
  }
  return median(times);
}

async function main() {
  const persons = await prepare();
  const database = await open();
  // BENCH_COV_REBUILD=0: facts already built, measure the board only
  const rows = process.env.BENCH_COV_REBUILD === '0' ? [] : await rebuild(database.kysely);
  const ids = await uncovered(database.kysely);
  await database.close(); // PGlite: the server needs the directory
  const child = await startServer(PORT, env);
  try {
    const viewer = await sessionHeaders(PORT, 'steering');
    const board = await dashboard(viewer);
    rows.push(...board.rows);
    const visibleMs = await incremental(ids, await sessionHeaders(PORT, 'hp.officer'));
    report('coverage', rows, {
      persons,
      requests: REQUESTS,
      runs: RUNS,
      board: board.figures,
      enrolmentVisibleMs: visibleMs,
    });
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
  }
}

await main();
