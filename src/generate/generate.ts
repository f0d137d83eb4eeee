// `generateProvince`: a synthetic province, end to end. Reads the province (context.load.ts),
// writes its facilities and agents, plans and writes employers, then streams households in
// chunks (stream.ts) written with COPY (write.ts).
//
// Two ways to write. Shared (default on a server): constraints stay live, each chunk commits
// on its own; a run that fails midway leaves the chunks already written (`--append` continues).
// Fast (default on PGlite, `--fast` on a server nobody else writes to): indexes are set aside
// and rebuilt, foreign keys checked per set (bulk.ts); on PGlite the whole run is one
// transaction, so a failure leaves nothing behind.
import { sql } from 'kysely';
import type { Db } from '../db-schema.js';
import { todayInVietnam } from '../platform/dates.js';
import * as bulk from './bulk.js';
import { CHUNK_TABLES } from './chunk.js';
import { loadContext, usedSerials } from './context.load.js';
import type { ProvinceContext } from './context.js';
import { planEmployers, type EmployerPlan } from './employers.js';
import { writeFacilitiesAndAgents } from './facilities.js';
import { generateErrors } from './generate.errors.js';
import { householdCodePrefix, taxCodePrefix } from './identity.js';
import { ANCHOR_EMPLOYERS } from './params.work.js';
import { createRng } from './random.js';
import { createState } from './state.js';
import { chunkStream } from './stream.js';
import * as write from './write.js';

export interface GenerateOptions {
  provinceCode: string;
  persons: number;
  seed: number;
  /** add to a province that already has generated data */
  append?: boolean;
  /** set indexes aside while loading (default: on PGlite only) */
  fast?: boolean;
  /** reference date (default today in Vietnam): ages, card validity and lapses follow it */
  asOf?: string;
  householdsPerChunk?: number;
  onProgress?: (persons: number, total: number) => void;
}

export interface GenerateSummary {
  provinceCode: string;
  persons: number;
  households: number;
  employers: number;
  facilities: number;
  rows: Record<string, number>;
}

/** share of all persons expected to work for a registered employer (≈ 30% of ages 18–64) */
const EXPECTED_WORKER_SHARE = 0.2;

/** households this generator made in the province (their codes carry its mark) */
export async function generatedHouseholds(db: Db, provinceCode: string): Promise<number> {
  const row = await db
    .selectFrom('household')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('code', 'like', `${householdCodePrefix(provinceCode)}%`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function employersOf(db: Db, run: write.Runner, ctx: ProvinceContext, o: GenerateOptions) {
  const code = ctx.province.code;
  const used = await usedSerials(db, 'employer', 'tax_code', 3, taxCodePrefix(code));
  const rng = createRng(o.seed ^ 0x5bd1e995);
  const plans = planEmployers(rng, ctx.communes, code, o.persons * EXPECTED_WORKER_SHARE, used);
  const spec = ANCHOR_EMPLOYERS[code];
  const exists = spec
    ? await db
        .selectFrom('employer')
        .select('id')
        .where('tax_code', '=', spec.taxCode)
        .executeTakeFirst()
    : true;
  let anchor: EmployerPlan | undefined;
  if (spec && !exists) {
    anchor = {
      ...plans[0]!,
      ...spec,
      sector: 'H',
      status: 'active',
      group: 'DN',
      declares: 'full',
      index: plans.length,
    };
    plans.push(anchor);
  }
  return { plans, anchor, base: await write.writeEmployers(db, run, plans) };
}

async function writeAll(
  db: Db,
  run: write.Runner,
  ctx: ProvinceContext,
  o: GenerateOptions,
  fast: boolean,
) {
  const code = ctx.province.code;
  const facilities = await writeFacilitiesAndAgents(run, ctx);
  const employers = await employersOf(db, run, ctx, o);
  const used = {
    nationalId: await usedSerials(db, 'person', 'national_id', 6),
    siNumber: await usedSerials(db, 'person', 'si_number', 2),
    household: await usedSerials(db, 'household', 'code', 3, householdCodePrefix(code)),
  };
  const st = createState(ctx, o.seed, employers.plans, used, employers.anchor);
  const summary = {
    provinceCode: code,
    persons: 0,
    households: 0,
    employers: employers.plans.length,
    facilities: facilities.length,
    rows: {} as Record<string, number>,
  };
  const setAside = fast ? await bulk.setAsideIndexes(db, CHUNK_TABLES) : [];
  if (fast) await bulk.setTriggers(db, CHUNK_TABLES, false);
  try {
    for (const chunk of chunkStream(st, o.persons, o.householdsPerChunk ?? 5_000)) {
      await write.writeChunk(db, run, chunk, employers.base);
      for (const [t, n] of Object.entries(chunk.counts()))
        summary.rows[t] = (summary.rows[t] ?? 0) + n;
      summary.persons += chunk.persons;
      summary.households += chunk.households;
      o.onProgress?.(summary.persons, o.persons);
    }
  } finally {
    if (fast) {
      await bulk.setTriggers(db, CHUNK_TABLES, true);
      await bulk.restoreIndexes(db, setAside);
    }
  }
  if (fast) await bulk.checkForeignKeys(db, CHUNK_TABLES);
  return summary;
}

export async function generateProvince(db: Db, o: GenerateOptions): Promise<GenerateSummary> {
  if (!Number.isInteger(o.persons) || o.persons < 1)
    throw generateErrors.badCount('persons', o.persons);
  if (!Number.isInteger(o.seed)) throw generateErrors.badCount('seed', o.seed);
  const ctx = await loadContext(db, o.provinceCode, o.asOf ?? todayInVietnam());
  const existing = await generatedHouseholds(db, ctx.province.code);
  if (existing > 0 && !o.append) throw generateErrors.alreadyGenerated(ctx.province.code, existing);
  const embedded = await bulk.isEmbedded(db);
  const fast = o.fast ?? embedded;
  if (!(fast && embedded)) return writeAll(db, write.ownTransaction(db), ctx, o, fast);
  // PGlite has one session: a BEGIN here spans every statement and COPY until COMMIT
  await sql`begin`.execute(db);
  try {
    const summary = await writeAll(db, write.insideTransaction(db), ctx, o, fast);
    await sql`commit`.execute(db);
    return summary;
  } catch (error) {
    await sql`rollback`.execute(db);
    throw error;
  }
}
