// A locality's board on a date: its summary, its children ranked with their gaps, the lists
// above and below target, the monthly trend (this year and last) and the year-end forecast.
// The month's counts come live from coverage_total (one read of its communes); the trend's
// earlier months and the statics (board.statics.ts) are held for a minute. Aggregates only.
import type { Db } from '../../db-schema.js';
import { todayInVietnam } from '../../platform/dates.js';
import type { Board, Breakdown, Geography } from './board.presenter.js';
import * as repo from './board.repo.js';
import {
  aboveAndBelow,
  boardForecast,
  childFigures,
  sumScope,
  trendMonths,
} from './board.rules.js';
import { memo } from './board.cache.js';
import { childStatics, unitStatics, type UnitStatics } from './board.statics.js';
import { AGE_BANDS } from './facts.rules.js';
import { presentSummary } from './monitoring.presenter.js';
import { monitoringErrors } from './monitoring.errors.js';
import { ENROLMENT_SCHEMES, figures, monthOf } from './monitoring.rules.js';
import { localityOn } from './monitoring.service.js';
import type { Scheme } from './targets.rules.js';

export interface BoardQuery {
  code: string;
  at: string;
  scheme: Scheme;
  /** 'as-is' (default): today's units, history re-aggregated; 'as-was': the units on `at` */
  geography?: Geography;
  /** 'YYYY-MM-DD', for tests; defaults to today in Vietnam */
  today?: string;
}

async function setting(db: Db, q: BoardQuery) {
  const today = q.today ?? todayInVietnam();
  if (q.at > today) throw monitoringErrors.futureDate(q.at, today);
  const geography = q.geography ?? 'as-is';
  // the day units are taken on: today for as-is, the board's date for as-was
  const on = geography === 'as-is' ? today : q.at;
  const unit = await localityOn(db, q.code, on);
  const year = Number(q.at.slice(0, 4));
  const self = await unitStatics(db, unit, on, year, q.scheme);
  return { geography, on, unit, year, self, schemes: ENROLMENT_SCHEMES[q.scheme] };
}

const inputOf = (s: UnitStatics, totals: ReadonlyMap<number, number> | null) => ({
  code: s.unit.code,
  name: s.unit.name,
  level: s.unit.level,
  participants: totals ? sumScope(totals, s.scope) : null,
  denominator: s.denominator?.value ?? null,
  target: s.target,
});

/**
 * A month's counts by commune: read live for the board's own month, held a minute for the
 * trend's earlier months (changes to past months are rare: a late declaration, a correction).
 */
function monthTotals(db: Db, month: string, schemes: readonly string[], live: boolean) {
  const read = () => repo.totalsByCommune(db, month, schemes);
  return live ? read() : memo(`totals|${month}|${schemes.join(',')}`, read);
}

async function trendOf(
  db: Db,
  self: UnitStatics,
  built: Set<string>,
  schemes: readonly string[],
  current: { month: string; totals: ReadonlyMap<number, number> | null },
) {
  const months = [...built].sort();
  const counts = new Map<string, number>();
  for (const m of months) {
    const totals = m === current.month ? current.totals : await monthTotals(db, m, schemes, false);
    counts.set(m, totals ? sumScope(totals, self.scope) : 0);
  }
  const year = Number(months.at(-1)?.slice(0, 4));
  return months.map((m) => {
    const participants = counts.get(m) ?? 0;
    const d = Number(m.slice(0, 4)) === year ? self.denominator : self.priorDenominator;
    const f = figures(participants, d?.value ?? null, null);
    return { month: m.slice(0, 7), participants, ratePercent: f.ratePercent };
  });
}

export async function localityBoard(db: Db, q: BoardQuery): Promise<Board> {
  const { geography, on, unit, year, self, schemes } = await setting(db, q);
  const month = monthOf(q.at);
  const built = await repo.monthsBuilt(db, trendMonths(q.at));
  const totals = built.has(month) ? await monthTotals(db, month, schemes, true) : null;
  const own = inputOf(self, totals);
  const f = figures(own.participants, own.denominator, self.target);
  const kids = await childStatics(db, unit.id, on, year, q.scheme);
  const children = childFigures(kids.map((k) => inputOf(k, totals)));
  let rankAmongSiblings: Board['rankAmongSiblings'] = null;
  if (unit.parent_id !== null) {
    const siblings = childFigures(
      (await childStatics(db, unit.parent_id, on, year, q.scheme)).map((k) => inputOf(k, totals)),
    );
    const mine = siblings.find((s) => s.code === unit.code);
    if (mine?.rank != null)
      rankAmongSiblings = { rank: mine.rank, of: siblings.filter((s) => s.rank != null).length };
  }
  const trend = await trendOf(db, self, built, schemes, { month, totals });
  const series = trend.map((p) => ({ month: p.month, participants: p.participants }));
  return {
    summary: presentSummary({
      unit,
      at: q.at,
      month,
      scheme: q.scheme,
      participants: own.participants,
      denominator: self.denominator,
      target: self.target,
      figures: f,
    }),
    geography,
    rankAmongSiblings,
    children,
    ...aboveAndBelow(children),
    trend,
    forecast:
      totals === null
        ? null
        : boardForecast({
            series,
            at: q.at,
            denominator: own.denominator,
            gapPersons: f.gapPersons,
          }),
  };
}

const sorted = (m: Map<string, number>, order?: readonly string[]) =>
  [...m]
    .map(([key, participants]) => ({ key, participants }))
    .sort((a, b) =>
      order ? order.indexOf(a.key) - order.indexOf(b.key) : b.participants - a.participants,
    );

export async function localityBreakdown(db: Db, q: BoardQuery): Promise<Breakdown> {
  const { unit, self, schemes } = await setting(db, q);
  const month = monthOf(q.at);
  const rows = await repo.breakdownRows(db, month, schemes, self.scope);
  const by = { group: new Map<string, number>(), sex: new Map(), ageBand: new Map() };
  for (const r of rows) {
    by.group.set(r.group_code, (by.group.get(r.group_code) ?? 0) + r.n);
    by.sex.set(r.sex, (by.sex.get(r.sex) ?? 0) + r.n);
    by.ageBand.set(r.age_band, (by.ageBand.get(r.age_band) ?? 0) + r.n);
  }
  return {
    locality: { code: unit.code, name: unit.name, level: unit.level },
    month: month.slice(0, 7),
    scheme: q.scheme,
    group: sorted(by.group),
    sex: sorted(by.sex, ['male', 'female']),
    ageBand: sorted(
      by.ageBand,
      AGE_BANDS.map((b) => b.code),
    ),
  };
}
