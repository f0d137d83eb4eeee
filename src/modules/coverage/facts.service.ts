// Coverage facts: participants per month, commune, scheme, group, sex and age band (definition
// in README.md). `rebuildFacts` recounts months from scratch; `applyCoverageChange` keeps the
// months that have facts current when enrolment adds or ends a period, inside its transaction.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import { todayInVietnam } from '../../platform/dates.js';
import { subscribe, type AnyTrx } from '../../platform/events.js';
import { COVERAGE_PERIOD_CHANGED, type CoveragePeriodChange } from '../enrolment/index.js';
import { factsErrors } from './facts.errors.js';
import { isMonth, monthCountsIn, monthsBetween, monthStart } from './facts.rules.js';
import { MAX_MONTHS_PER_PASS } from './facts.pass.js';
import { addOne, removeOne, writeMonths } from './facts.sql.js';

export interface MonthCount {
  month: string;
  rows: number;
  participants: number;
}

export interface RebuildOptions {
  from: string;
  to: string;
  /** months counted in one pass over periods and residences (default 12) */
  monthsPerPass?: number;
  /** called after each month is committed (progress) */
  onMonth?: (count: MonthCount) => void;
  /** 'YYYY-MM-DD', for tests; defaults to today in Vietnam */
  today?: string;
}

/**
 * a year per pass: one join of periods and residences serves twelve month ends (each pass is
 * one transaction, so a failure keeps the months of the passes before it)
 */
const MONTHS_PER_PASS = 12;

/** Deletes and recounts the facts of each month from `from` to `to`. */
export async function rebuildFacts(db: Db, o: RebuildOptions): Promise<MonthCount[]> {
  const months = isMonth(o.from) && isMonth(o.to) ? monthsBetween(o.from, o.to) : [];
  if (months.length === 0 || months.length > 240) throw factsErrors.badRange(o.from, o.to);
  const current = (o.today ?? todayInVietnam()).slice(0, 7);
  if (o.to > current) throw factsErrors.future(o.to, current);
  const counts: MonthCount[] = [];
  const pass = Math.min(o.monthsPerPass ?? MONTHS_PER_PASS, MAX_MONTHS_PER_PASS);
  for (let i = 0; i < months.length; i += pass) {
    const batch = months.slice(i, i + pass);
    const written = await db
      .transaction()
      .execute((trx) => writeMonths(trx, batch.map(monthStart)));
    for (const month of batch) {
      const found = written.find((w) => w.month === month);
      const count = { month, rows: found?.rows ?? 0, participants: found?.participants ?? 0 };
      counts.push(count);
      o.onMonth?.(count);
    }
  }
  // the board reads coverage_total by index only: the visibility map must know the new pages
  await sql`vacuum (analyze) coverage_total`.execute(db);
  return counts;
}

/** The months ('YYYY-MM-01') with facts whose last day is in [from, to). */
async function monthsWithFacts(trx: Tx, from: string, to: string | null): Promise<string[]> {
  const span = await trx
    .selectFrom('coverage_fact')
    .select((eb) => [eb.fn.min('month').as('first'), eb.fn.max('month').as('last')])
    .executeTakeFirstOrThrow();
  if (!span.first || !span.last) return [];
  const start = from.slice(0, 7) > span.first.slice(0, 7) ? from : span.first;
  const end = to !== null && to.slice(0, 7) < span.last.slice(0, 7) ? to : span.last;
  const candidates = monthsBetween(start.slice(0, 7), end.slice(0, 7))
    .map(monthStart)
    .filter((m) => monthCountsIn(m, from, to));
  if (candidates.length === 0) return [];
  // one index probe per month, not a pass over each month's facts
  const { rows } = await sql<{ month: string }>`
    select m::date as month from unnest(${candidates}::date[]) m
    where exists (select 1 from coverage_fact f where f.month = m)
    order by 1`.execute(trx);
  return rows.map((r) => r.month);
}

/** ±1 on the facts of the months the change covers (added) or uncovers (ended). */
export async function applyCoverageChange(trx: Tx, e: CoveragePeriodChange): Promise<void> {
  const [from, to, apply] =
    e.change === 'added'
      ? [e.validFrom, e.validTo, addOne]
      : [e.validTo ?? e.validFrom, e.oldValidTo, removeOne];
  if (e.change === 'ended' && e.validTo === null) return;
  for (const month of await monthsWithFacts(trx, from, to))
    await apply(trx, month, e.personId, e.scheme, e.groupCode);
}

const listener = (trx: AnyTrx, e: CoveragePeriodChange) => applyCoverageChange(trx as Tx, e);

/** Keeps the facts current on enrolment's changes; called by the composition root (src/app.ts). */
export function wireCoverageFacts(): void {
  subscribe(COVERAGE_PERIOD_CHANGED, listener);
}
