// Use cases of plans: break a target's year into cumulative monthly or weekly values (replacing
// that kind's plan in one transaction, audited), and read a target's plans.
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { unitSummaries } from '../geo/index.js';
import { coverageErrors } from './coverage.errors.js';
import { breakDown, periodStarts, type PeriodKind } from './plans.rules.js';
import { presentPlans } from './targets.presenter.js';
import * as repo from './targets.repo.js';
import { assertReach } from './targets.service.js';

export interface PlanRequest {
  periodKind: PeriodKind;
  startValue?: number | undefined;
  weights?: number[] | undefined;
}

export async function getPlans(db: Db, targetId: number) {
  if (!(await repo.targetRow(db, targetId))) throw coverageErrors.notFound(targetId);
  return { items: presentPlans(targetId, await repo.plansOf(db, targetId)) };
}

export async function setPlans(db: Db, actor: Actor, targetId: number, req: PlanRequest) {
  return db.transaction().execute(async (trx) => {
    const target = await repo.targetRow(trx, targetId, true);
    if (!target) throw coverageErrors.notFound(targetId);
    const unit = (await unitSummaries(trx, [target.unit_id])).get(target.unit_id)!;
    await assertReach(trx, actor, unit);
    // a count starts from nobody; a rate from the locality's rate on 1 January, which the
    // caller gives (the facts of the year are not the target's business)
    if (req.startValue === undefined && target.measure === 'coverage_rate')
      throw coverageErrors.startRequired();
    const starts = periodStarts(target.year, req.periodKind);
    const result = breakDown({
      measure: target.measure,
      start: req.startValue ?? 0,
      target: target.value,
      periods: starts.length,
      weights: req.weights,
    });
    if ('problems' in result) throw coverageErrors.invalid(result.problems);
    const periods = starts.map((start, i) => ({ start, value: result.values[i]! }));
    await repo.replacePlans(trx, targetId, req.periodKind, periods);
    await recordAudit(trx, actor, {
      action: 'coverage.plan.replace',
      entity: 'coverage_target',
      entityId: targetId,
      changes: {
        periodKind: req.periodKind,
        periods: periods.length,
        startValue: req.startValue ?? 0,
        weighted: req.weights !== undefined,
      },
    });
    const plans = presentPlans(targetId, await repo.plansOf(trx, targetId));
    return plans.find((p) => p.periodKind === req.periodKind)!;
  });
}
