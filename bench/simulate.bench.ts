// Policy-simulation benchmark: one support policy (ages 60 to under 75, premium topped up to
// 100%) simulated over the registry of the province holding most persons in DATABASE_URL (or
// BENCH_SIM_PROVINCE), through the service as the API runs it. Baseline measured in the same
// run: `select commune_id, count(*) … group by commune_id` over the same residents (the
// cheapest pass over those persons). Medians of BENCH_RUNS runs; peak memory of this process.
// On a fresh PGlite it first generates BENCH_SIM_PERSONS persons (default 20,000) of province 31.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { prepareDatabase } from '../src/app.js';
import type { DB, Db } from '../src/db-schema.js';
import { generatedHouseholds, generateProvince } from '../src/generate/generate.js';
import { policyInput } from '../src/modules/contributions/policies.routes.js';
import { simulate } from '../src/modules/contributions/simulation.service.js';
import { provincesOf, resolveUnit, unitsWithinScope } from '../src/modules/geo/index.js';
import { systemActor } from '../src/platform/auth-context.js';
import { openDatabaseTarget } from '../src/platform/db/database.js';
import { median, report, type Row } from './lib.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PERSONS = Number(process.env.BENCH_SIM_PERSONS ?? 20_000);
const AT = process.env.BENCH_SIM_AT ?? '2026-03-01';
const target = process.env.DATABASE_URL
  ? ({ kind: 'postgres', url: process.env.DATABASE_URL } as const)
  : ({
      kind: 'pglite',
      dataDir: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-bench-sim-')), 'pg'),
    } as const);

/** The province most persons live in, from a small sample of the person table. */
async function busiestProvince(db: Db): Promise<string> {
  const { rows } = await sql<{ commune_id: number }>`
    select commune_id from person tablesample system (1) limit 20000`.execute(db);
  const provinces = await provincesOf(
    db,
    rows.map((r) => r.commune_id),
  );
  const counts = new Map<string, number>();
  for (const r of rows) {
    const code = provinces.get(r.commune_id)?.code;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '31';
}

const database = await openDatabaseTarget<DB>(target, { workMem: '64MB' });
const db = database.kysely;
await prepareDatabase(database, { demo: true, bootstrapAdmin: {}, notice: () => {} });
if (target.kind === 'pglite' && (await generatedHouseholds(db, '31')) === 0)
  await generateProvince(db, { provinceCode: '31', persons: PERSONS, seed: 11 });
await sql`analyze`.execute(db);

const provinceCode = process.env.BENCH_SIM_PROVINCE ?? (await busiestProvince(db));
const province = await resolveUnit(db, provinceCode, AT);
const communeIds = await unitsWithinScope(db, [province.id]);
const policy = policyInput({
  code: 'BENCH-60-74',
  nameVi: 'Hỗ trợ 100% BHYT cho người từ đủ 60 đến dưới 75 tuổi',
  nameEn: '100% HI for ages 60 to under 75',
  issuerProvinceCode: provinceCode,
  scheme: 'hi',
  condition: { ageFrom: 60, ageTo: 75 },
  sharePercent: '100',
  stacking: 'top_up_to',
  validFrom: AT,
  legalRef: 'benchmark',
});
const actor = systemActor('bench:simulate');
const request = { provinceCode, at: AT, takeUp: 0.6 };

let residents = 0;
const baselineMs = await median(RUNS, async () => {
  const { rows } = await sql<{ n: number }>`
    select r.commune_id, count(*)::int as n from person_residence r
    where r.commune_id = any(${communeIds}::bigint[])
      and r.valid_from <= ${AT}::date and (r.valid_to is null or r.valid_to > ${AT}::date)
    group by r.commune_id`.execute(db);
  residents = rows.reduce((s, r) => s + r.n, 0);
});
let result: Awaited<ReturnType<typeof simulate>> | undefined;
const heapBefore = process.memoryUsage().heapUsed;
const simulateMs = await median(RUNS, async () => {
  result = await simulate(db, actor, { policy }, request);
});
const heapDeltaMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024);
await database.close();

const rows: Row[] = [
  {
    case: `simulate ${provinceCode} (${residents.toLocaleString('en')} residents)`,
    baseline: 'count(*) group by commune, same residents',
    medianMs: simulateMs,
    baselineMs,
    ratio: simulateMs / baselineMs,
  },
];
report('simulate', rows, {
  database: target.kind,
  provinceCode,
  at: AT,
  residents,
  population: result?.population,
  eligible: result?.eligible,
  communes: result?.byCommune.length,
  heapDeltaMb,
  runs: RUNS,
});
