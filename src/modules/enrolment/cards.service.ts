// Issuing, renewing and revoking HI cards. The number is composed from the holder's HI group
// and its benefit level on the start date, the issuing province code of that date, and the SI
// number; the five-years date carries over while cover is continuous.
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { isConflict } from '../../platform/db/pg-errors.js';
import { todayInVietnam } from '../../platform/dates.js';
import { facilityNames, personInReach, primaryFacility } from '../registry/index.js';
import { presentCard } from './cards.presenter.js';
import * as repo from './cards.repo.js';
import { cardNumberFor, defaultValidTo, fiveYearsFrom } from './cards.rules.js';
import { healthPeriodAt } from './coverage.repo.js';
import { enrolmentErrors } from './enrolment.errors.js';
import { groupAt } from './groups.repo.js';
import { issuingProvinceCode } from './issuing-province.js';

export interface CardRequest {
  facilityCode: string;
  validFrom: string;
  validTo?: string | undefined;
}

async function composeCard(db: Db, actor: Actor, personId: number, input: CardRequest) {
  const person = await personInReach(db, actor, personId, 'registry.write');
  if (!person.siNumber) throw enrolmentErrors.noSiNumber();
  const facility = await primaryFacility(db, input.facilityCode);
  if (!facility) throw enrolmentErrors.facilityNotFound(input.facilityCode);
  const period = await healthPeriodAt(db, person.id, input.validFrom);
  if (!period) throw enrolmentErrors.noHealthCover(input.validFrom);
  const group = await groupAt(db, period.group_code, input.validFrom);
  if (!group) throw enrolmentErrors.unknownGroup(period.group_code, input.validFrom);
  const province = await issuingProvinceCode(db, person.communeId, input.validFrom);
  const validTo = input.validTo ?? defaultValidTo(input.validFrom, period.valid_to);
  if (validTo <= input.validFrom) throw enrolmentErrors.badEnd();
  const [previous] = await repo.cardsOfPerson(db, person.id, 1);
  return {
    person_id: person.id,
    card_number: cardNumberFor(group.code, group.benefit_level, province, person.siNumber),
    group_code: group.code,
    benefit_level: group.benefit_level,
    province_code: province,
    si_number: person.siNumber,
    facility_code: facility.code,
    valid_from: input.validFrom,
    valid_to: validTo,
    five_years_from: fiveYearsFrom(
      input.validFrom,
      previous && previous.status === 'active'
        ? { validTo: previous.valid_to, fiveYearsFrom: previous.five_years_from }
        : undefined,
    ),
    issued_on: todayInVietnam(),
    facilityName: facility.name,
  };
}

export async function issueCard(db: Db, actor: Actor, personId: number, input: CardRequest) {
  const { facilityName, ...card } = await composeCard(db, actor, personId, input);
  try {
    const row = await db.transaction().execute(async (trx) => {
      const saved = await repo.insertCard(trx, card);
      await recordAudit(trx, actor, {
        action: 'card.issue',
        entity: 'hi_card',
        entityId: saved.id,
        changes: { group: card.group_code, from: card.valid_from, to: card.valid_to },
      });
      return saved;
    });
    return presentCard(row, facilityName);
  } catch (error) {
    if (isConflict(error)) throw enrolmentErrors.cardOverlap();
    throw error;
  }
}

/** A new card starting the day the given one ends, same facility unless another is chosen. */
export async function renewCard(
  db: Db,
  actor: Actor,
  cardId: number,
  input: { facilityCode?: string | undefined; validTo?: string | undefined },
) {
  const card = await repo.cardById(db, cardId);
  if (!card) throw enrolmentErrors.cardNotFound();
  if (card.status === 'revoked') throw enrolmentErrors.cardRevoked();
  return issueCard(db, actor, card.person_id, {
    facilityCode: input.facilityCode ?? card.facility_code,
    validFrom: card.valid_to,
    validTo: input.validTo,
  });
}

export async function revokeCard(db: Db, actor: Actor, cardId: number, reason: string) {
  const card = await repo.cardById(db, cardId);
  if (!card) throw enrolmentErrors.cardNotFound();
  await personInReach(db, actor, card.person_id, 'registry.write').catch(() => {
    throw enrolmentErrors.cardNotFound();
  });
  const row = await db.transaction().execute(async (trx) => {
    const saved = await repo.revokeCard(trx, cardId, reason);
    if (!saved) throw enrolmentErrors.cardRevoked();
    await recordAudit(trx, actor, {
      action: 'card.revoke',
      entity: 'hi_card',
      entityId: cardId,
      changes: { reason },
    });
    return saved;
  });
  return presentCard(row, (await facilityNames(db)).get(row.facility_code) ?? '');
}
