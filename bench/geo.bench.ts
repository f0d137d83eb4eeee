// Geography benchmarks on embedded PGlite (or DATABASE_URL):
// 1. writing the seed plan (14k units, 10k successions, with exclusion constraints and the
//    deferred share-sum trigger) against a plain multi-row INSERT of the same unit rows into
//    an unconstrained table;
// 2. re-aggregating a count on every old commune (exact, largest remainder) through the
//    service, against a plain SQL join-and-sum of the same counts by share (inexact).
import { sql } from 'kysely';
import { prepareDatabase } from '../src/app.js';
import type { DB } from '../src/db-schema.js';
import { reaggregateCounts } from '../src/modules/geo/index.js';
import { buildSeedPlan } from '../src/modules/geo/seed/plan.js';
import { readSources } from '../src/modules/geo/seed/sources.js';
import { writeSeedPlan } from '../src/modules/geo/seed/write-plan.js';
import { openDatabaseTarget } from '../src/platform/db/database.js';
import { median, report, type Row } from './lib.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const target = process.env.DATABASE_URL
  ? ({ kind: 'postgres', url: process.env.DATABASE_URL } as const)
  : ({ kind: 'pglite', dataDir: null } as const);

const database = await openDatabaseTarget<DB>(target, { workMem: '64MB' });
const db = database.kysely;
await prepareDatabase(database, { demo: false, bootstrapAdmin: {}, notice: () => {} });
const plan = buildSeedPlan(await readSources());
const rows: Row[] = [];

// 1. seed write vs plain insert
await sql`create temporary table bench_unit (level text, code text, name text, parent text, valid_from date, valid_to date, source text)`.execute(
  db,
);
const plain = plan.units.map((u) => ({
  level: u.level,
  code: u.code,
  name: u.name,
  parent: u.parentKey,
  valid_from: u.validFrom,
  valid_to: u.validTo,
  source: u.source,
}));
const baselineInsert = await median(RUNS, async () => {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < plain.length; i += 1000) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await (trx as any)
        .insertInto('bench_unit')
        .values(plain.slice(i, i + 1000))
        .execute();
    }
  });
  await sql`truncate bench_unit`.execute(db);
});
const seedWrite = await median(RUNS, async () => {
  await sql`truncate admin_unit_succession, vss_agency_jurisdiction, denominator, admin_unit cascade`.execute(
    db,
  );
  await db.transaction().execute((trx) => writeSeedPlan(trx, plan).then(() => undefined));
});
rows.push({
  case: 'write seed plan (units + successions)',
  baseline: 'plain INSERT of the unit rows',
  medianMs: seedWrite,
  baselineMs: baselineInsert,
  ratio: seedWrite / baselineInsert,
});

// 2. exact re-aggregation vs SQL sum
const communes = await db
  .selectFrom('admin_unit')
  .select(['id', 'code'])
  .where('level', '=', 'commune')
  .where('valid_to', '=', '2025-07-01')
  .execute();
const items = communes.map((c, i) => ({ code: c.code, count: (i * 7919) % 5000 }));
const ids = communes.map((c) => c.id);
const counts = items.map((i) => i.count);
const baselineSum = await median(RUNS, async () => {
  await sql`select s.successor_id, sum(c.n * s.share) from unnest(${ids}::bigint[], ${counts}::bigint[]) as c(id, n)
    join admin_unit_succession s on s.predecessor_id = c.id group by s.successor_id`.execute(db);
});
const exact = await median(RUNS, async () => {
  await reaggregateCounts(db, items, '2025-06-30', '2025-07-01');
});
rows.push({
  case: `re-aggregate ${items.length} commune counts (exact)`,
  baseline: 'SQL join + sum by share',
  medianMs: exact,
  baselineMs: baselineSum,
  ratio: exact / baselineSum,
});

report('geo', rows, {
  engine: database.engine,
  runs: RUNS,
  units: plan.units.length,
  successions: plan.successions.length,
});
await database.close();
