// Generator benchmark: persons per second and peak memory of `generateProvince` for
// BENCH_GEN_PERSONS persons (default 1,000,000 on a server, 100,000 on PGlite), against a
// baseline measured in the same run: raw COPY of as many pre-encoded person rows (one CSV
// chunk, sent again and again) into an unindexed copy of the person table. The ratio is what
// generating, the other six tables and the constraints cost over writing persons bare.
// Cases: constraints kept live (the default on a server) and indexes set aside (--fast).
// Run it on a scratch database: `node scripts/pg-admin.mjs create bench_gen` then
// DATABASE_URL=postgres://…/bench_gen npm run bench (it truncates nothing; drop it afterwards).
import { sql } from 'kysely';
import { prepareDatabase } from '../src/app.js';
import type { DB } from '../src/db-schema.js';
import { generateProvince } from '../src/generate/generate.js';
import { copyCsv, csvLine } from '../src/platform/db/copy.js';
import { openDatabaseTarget } from '../src/platform/db/database.js';
import { report, type Row } from './lib.js';

const target = process.env.DATABASE_URL
  ? ({ kind: 'postgres', url: process.env.DATABASE_URL } as const)
  : ({ kind: 'pglite', dataDir: null } as const);
const PERSONS = Number(
  process.env.BENCH_GEN_PERSONS ?? (target.kind === 'postgres' ? 1_000_000 : 100_000),
);
const CASES = (process.env.BENCH_GEN_CASES ?? 'shared,fast').split(',');

const database = await openDatabaseTarget<DB>(target, { workMem: '64MB' });
const db = database.kysely;
// demo users (no demo persons): the card-check benchmark signs in as them on this database
await prepareDatabase(database, { demo: true, bootstrapAdmin: {}, notice: () => {} });
const commune = await db
  .selectFrom('admin_unit')
  .select('id')
  .where('level', '=', 'commune')
  .executeTakeFirstOrThrow();

const COLUMNS = [
  'id',
  'national_id',
  'full_name',
  'search_key',
  'birth_date',
  'sex',
  'phone',
  'commune_id',
  'si_number',
  'ethnicity',
  'household_id',
  'household_relation',
];
const CHUNK = 20_000;
const chunk = Array.from({ length: CHUNK }, (_, i) =>
  csvLine([
    i,
    String(100_000_000_000 + i),
    'Nguyễn Thị Thu Hương',
    'nguyen thi thu huong',
    '1990-05-17',
    'female',
    '0912345678',
    commune.id,
    String(3_100_000_000 + i),
    '01',
    null,
    null,
  ]),
).join('');

async function baseline(): Promise<number> {
  await sql`drop table if exists bench_person`.execute(db);
  await sql`create table bench_person (like person including defaults)`.execute(db);
  const start = performance.now();
  async function* chunks() {
    for (let sent = 0; sent < PERSONS; sent += CHUNK) yield chunk;
  }
  await copyCsv(db, 'bench_person', COLUMNS, chunks());
  const ms = performance.now() - start;
  await sql`drop table bench_person`.execute(db);
  return ms;
}

const baselineMs = await baseline();
const rows: Row[] = [];
const extra: Record<string, unknown> = { engine: database.engine, persons: PERSONS };
// each case generates its own province, so every run writes into the same kind of tables
const provinces: Record<string, string> = { shared: '01', fast: '79' };
for (const mode of CASES) {
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const start = performance.now();
  const summary = await generateProvince(db, {
    provinceCode: provinces[mode] ?? '48',
    persons: PERSONS,
    seed: 1,
    fast: mode === 'fast',
    append: true,
    onProgress: () => void (peak = Math.max(peak, process.memoryUsage().rss)),
  });
  const ms = performance.now() - start;
  rows.push({
    case: `generate ${PERSONS} persons (${mode})`,
    baseline: `raw COPY of ${PERSONS} person rows, unindexed`,
    medianMs: ms,
    baselineMs,
    ratio: ms / baselineMs,
  });
  extra[mode] = {
    personsPerSecond: Math.round(PERSONS / (ms / 1000)),
    baselinePersonsPerSecond: Math.round(PERSONS / (baselineMs / 1000)),
    rows: summary.rows,
    peakRssDuringMb: Math.round(peak / 2 ** 20),
    wallSeconds: Math.round(ms / 100) / 10,
  };
  console.log(mode, JSON.stringify(extra[mode]));
}
await database.close();
report('generate', rows, extra);
