// Coverage periods per person and scheme, and the person's full timeline (periods and cards).
// Writes need `registry.write` for the person's commune; reads `registry.read`.
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { isConflict } from '../../platform/db/pg-errors.js';
import { publish } from '../../platform/events.js';
import {
  employerByTaxCode,
  employerNames,
  facilityNames,
  personInReach,
} from '../registry/index.js';
import { cardsOfPerson } from './cards.repo.js';
import { presentCard } from './cards.presenter.js';
import { COVERAGE_PERIOD_CHANGED, type CoveragePeriodChange } from './coverage.events.js';
import * as repo from './coverage.repo.js';
import { presentPeriod } from './coverage.presenter.js';
import { enrolmentErrors } from './enrolment.errors.js';
import type { Payer, Scheme } from './enrolment.tables.js';
import { groupAt } from './groups.repo.js';

export interface NewPeriod {
  scheme: Scheme;
  groupCode: string;
  payer: Payer;
  employerTaxCode?: string | undefined;
  contributionSalary?: number | undefined;
  validFrom: string;
  validTo?: string | undefined;
}

async function employerIdOf(db: Db, input: NewPeriod) {
  if ((input.payer === 'employer') !== (input.employerTaxCode !== undefined))
    throw enrolmentErrors.employerRequired();
  if (input.employerTaxCode === undefined) return null;
  const employer = await employerByTaxCode(db, input.employerTaxCode);
  if (!employer) throw enrolmentErrors.employerNotFound();
  return employer.id;
}

export async function addPeriod(db: Db, actor: Actor, personId: number, input: NewPeriod) {
  const person = await personInReach(db, actor, personId, 'registry.write');
  if (input.validTo !== undefined && input.validTo <= input.validFrom)
    throw enrolmentErrors.badEnd();
  if (!(await groupAt(db, input.groupCode, input.validFrom)))
    throw enrolmentErrors.unknownGroup(input.groupCode, input.validFrom);
  const employerId = await employerIdOf(db, input);
  try {
    const row = await db.transaction().execute(async (trx) => {
      const saved = await repo.insertPeriod(trx, {
        person_id: person.id,
        scheme: input.scheme,
        group_code: input.groupCode,
        payer: input.payer,
        employer_id: employerId,
        contribution_salary: input.contributionSalary ?? null,
        valid_from: input.validFrom,
        valid_to: input.validTo ?? null,
      });
      await recordAudit(trx, actor, {
        action: 'coverage.add',
        entity: 'coverage_period',
        entityId: saved.id,
        changes: { scheme: input.scheme, group: input.groupCode, from: input.validFrom },
      });
      await publish<CoveragePeriodChange>(trx, COVERAGE_PERIOD_CHANGED, {
        change: 'added',
        personId: saved.person_id,
        scheme: saved.scheme,
        groupCode: saved.group_code,
        validFrom: saved.valid_from,
        validTo: saved.valid_to,
      });
      return saved;
    });
    return presentPeriod(row, await employerNames(db, employerId ? [employerId] : []));
  } catch (error) {
    if (isConflict(error)) throw enrolmentErrors.overlap(input.scheme);
    throw error;
  }
}

/** Ends an open or later-ending period (leaving a scheme, changing employer). */
export async function endPeriod(db: Db, actor: Actor, periodId: number, validTo: string) {
  const period = await repo.periodById(db, periodId);
  if (!period) throw enrolmentErrors.periodNotFound();
  await personInReach(db, actor, period.person_id, 'registry.write').catch(() => {
    throw enrolmentErrors.periodNotFound();
  });
  if (validTo <= period.valid_from || (period.valid_to !== null && validTo > period.valid_to))
    throw enrolmentErrors.badEnd();
  const row = await db.transaction().execute(async (trx) => {
    const saved = await repo.endPeriod(trx, periodId, validTo);
    await recordAudit(trx, actor, {
      action: 'coverage.end',
      entity: 'coverage_period',
      entityId: periodId,
      changes: { validTo: { from: period.valid_to, to: validTo } },
    });
    await publish<CoveragePeriodChange>(trx, COVERAGE_PERIOD_CHANGED, {
      change: 'ended',
      personId: saved.person_id,
      scheme: saved.scheme,
      groupCode: saved.group_code,
      validFrom: saved.valid_from,
      validTo: saved.valid_to,
      oldValidTo: period.valid_to,
    });
    return saved;
  });
  const ids = row.employer_id ? [row.employer_id] : [];
  return presentPeriod(row, await employerNames(db, ids));
}

/** Everything enrolment knows about a person, newest first. */
export async function timeline(db: Db, actor: Actor, personId: number) {
  const person = await personInReach(db, actor, personId, 'registry.read');
  const [periods, cards] = await Promise.all([
    repo.periodsOfPerson(db, person.id),
    cardsOfPerson(db, person.id, 50),
  ]);
  const employers = await employerNames(
    db,
    periods.flatMap((p) => (p.employer_id ? [p.employer_id] : [])),
  );
  const names = await facilityNames(db);
  return {
    periods: periods.map((p) => presentPeriod(p, employers)),
    cards: cards.map((c) => presentCard(c, names.get(c.facility_code) ?? '')),
  };
}
