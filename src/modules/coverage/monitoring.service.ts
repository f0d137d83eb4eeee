// A locality's coverage on a date: participants from this module's facts (end-of-month stocks)
// over the locality's communes, the year's denominator from geo, the year's target, and the
// rate and gaps from the pure rules. Aggregates only, so any locality under coverage.read.
import type { Db } from '../../db-schema.js';
import { todayInVietnam } from '../../platform/dates.js';
import { AppError } from '../../platform/errors.js';
import { denominatorsForUnit, resolveUnit, unitsWithinScope, type UnitRow } from '../geo/index.js';
import { coverageErrors } from './coverage.errors.js';
import { monitoringErrors } from './monitoring.errors.js';
import { presentSummary, type Denominator } from './monitoring.presenter.js';
import * as repo from './monitoring.repo.js';
import { defaultDenominatorKind, ENROLMENT_SCHEMES, figures, monthOf } from './monitoring.rules.js';
import type { Scheme } from './targets.rules.js';
import { listTargets } from './targets.service.js';

export interface SummaryQuery {
  code: string;
  at: string;
  scheme: Scheme;
  /** 'YYYY-MM-DD', for tests; defaults to today in Vietnam */
  today?: string;
}

export async function localityOn(db: Db, code: string, at: string) {
  try {
    return await resolveUnit(db, code, at);
  } catch (error) {
    if (error instanceof AppError && error.status < 500)
      throw coverageErrors.unknownLocality(code, Number(at.slice(0, 4)));
    throw error;
  }
}

/** The unit's own figure of the year (non-synthetic first), else one re-aggregated in full. */
export async function denominatorOf(db: Db, unit: UnitRow, at: string, year: number, kind: string) {
  // a target kind geo does not record (si_age_labour_force, group) finds no row: null, unknown
  const found = await denominatorsForUnit(db, { code: unit.code, at, year, kind: kind as never });
  const own = [...found.recorded].sort((a, b) => Number(a.synthetic) - Number(b.synthetic))[0];
  if (own) return { value: own.value, kind, year, source: own.source };
  const carried = found.reaggregated.find((r) => r.complete);
  if (!carried) return null;
  return {
    value: carried.value,
    kind,
    year,
    source: `re-aggregated from ${carried.from.join(', ')}`,
  };
}

async function participantsOf(db: Db, unit: UnitRow, month: string, scheme: Scheme) {
  if (!(await repo.monthBuilt(db, month))) return null;
  const communes = unit.level === 'country' ? null : await unitsWithinScope(db, [unit.id]);
  return repo.sumParticipants(db, month, ENROLMENT_SCHEMES[scheme], communes);
}

export async function localitySummary(db: Db, q: SummaryQuery) {
  const today = q.today ?? todayInVietnam();
  if (q.at > today) throw monitoringErrors.futureDate(q.at, today);
  const unit = await localityOn(db, q.code, q.at);
  const year = Number(q.at.slice(0, 4));
  const month = monthOf(q.at);
  const targets = await listTargets(db, { locality: unit.code, year, scheme: q.scheme });
  const target = targets.items.find((t) => t.groupCode === null) ?? null;
  const kind = target?.denominatorKind ?? defaultDenominatorKind(q.scheme);
  const denominator: Denominator | null = await denominatorOf(db, unit, q.at, year, kind);
  const participants = await participantsOf(db, unit, month, q.scheme);
  return presentSummary({
    unit,
    at: q.at,
    month,
    scheme: q.scheme,
    participants,
    denominator,
    target,
    figures: figures(participants, denominator?.value ?? null, target),
  });
}
