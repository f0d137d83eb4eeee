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
import { householdCodePrefix, type SerialCounter, taxCodePrefix } from './identity.js';
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

/** identifier counters a nation run shares between its provinces (no rescan per province) */
export interface SharedCounters {
  nationalIds: SerialCounter;
  siNumbers: SerialCounter;
}

/** Writes one province's rows; indexes are as the caller left them (see withLoading). */
export async function writeProvince(
  db: Db,
  run: write.Runner,
  ctx: ProvinceContext,
  o: GenerateOptions,
  shared?: SharedCounters,
) {
  const code = ctx.province.code;
  const facilities = await writeFacilitiesAndAgents(run, ctx);
  const employers = await employersOf(db, run, ctx, o);
  const used = {
    ...(shared
      ? {}
      : {
          nationalId: await usedSerials(db, 'person', 'national_id', 6),
          siNumber: await usedSerials(db, 'person', 'si_number', 2),
        }),
    household: await usedSerials(db, 'household', 'code', 3, householdCodePrefix(code)),
  };
  const st = createState(ctx, o.seed, employers.plans, used, employers.anchor);
  if (shared) Object.assign(st, shared);
  const summary = {
    provinceCode: code,
    persons: 0,
    households: 0,
    employers: employers.plans.length,
    facilities: facilities.length,
    rows: {} as Record<string, number>,
  };
  for (const chunk of chunkStream(st, o.persons, o.householdsPerChunk ?? 5_000)) {
    await write.writeChunk(db, run, chunk, employers.base);
    for (const [t, n] of Object.entries(chunk.counts()))
      summary.rows[t] = (summary.rows[t] ?? 0) + n;
    summary.persons += chunk.persons;
    summary.households += chunk.households;
    o.onProgress?.(summary.persons, o.persons);
  }
  return summary;
}

/**
 * Runs a load: in fast mode with indexes set aside around it (rebuilt and foreign keys checked
 * once at the end); on PGlite in fast mode as one transaction, so a failure leaves nothing.
 */
export async function withLoading<T>(
  db: Db,
  fastOption: boolean | undefined,
  load: (run: write.Runner) => Promise<T>,
): Promise<T> {
  const embedded = await bulk.isEmbedded(db);
  const fast = fastOption ?? embedded;
  const aside = async (run: write.Runner) => {
    if (!fast) return load(run);
    const setAside = await bulk.setAsideIndexes(db, CHUNK_TABLES);
    await bulk.setTriggers(db, CHUNK_TABLES, false);
    let result: T;
    try {
      result = await load(run);
    } finally {
      await bulk.setTriggers(db, CHUNK_TABLES, true);
      await bulk.restoreIndexes(db, setAside);
    }
    await bulk.checkForeignKeys(db, CHUNK_TABLES);
    return result;
  };
  if (!(fast && embedded)) return aside(write.ownTransaction(db));
  // PGlite has one session: a BEGIN here spans every statement and COPY until COMMIT
  await sql`begin`.execute(db);
  try {
    const result = await aside(write.insideTransaction(db));
    await sql`commit`.execute(db);
    return result;
  } catch (error) {
    await sql`rollback`.execute(db);
    throw error;
  }
}

export function checkCounts(o: { persons: number; seed: number }): void {
  if (!Number.isInteger(o.persons) || o.persons < 1)
    throw generateErrors.badCount('persons', o.persons);
  if (!Number.isInteger(o.seed)) throw generateErrors.badCount('seed', o.seed);
}

export async function generateProvince(db: Db, o: GenerateOptions): Promise<GenerateSummary> {
  checkCounts(o);
  const ctx = await loadContext(db, o.provinceCode, o.asOf ?? todayInVietnam());
  const existing = await generatedHouseholds(db, ctx.province.code);
  if (existing > 0 && !o.append) throw generateErrors.alreadyGenerated(ctx.province.code, existing);
  return withLoading(db, o.fast, (run) => writeProvince(db, run, ctx, o));
}
