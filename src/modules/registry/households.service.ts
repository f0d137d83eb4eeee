// Households: registering one in a commune of the writer's area, and placing a person in it
// with their relation to the head (one head per household, enforced by a unique index).
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { isConflict } from '../../platform/db/pg-errors.js';
import { reachesUnit, reachOf } from '../auth/index.js';
import { personInReach } from './lookup.service.js';
import { registryErrors } from './registry.errors.js';
import { writableCommune } from './writable-commune.js';
import type { HouseholdRelation } from './registry.tables.js';

export async function createHousehold(
  db: Db,
  actor: Actor,
  input: { code: string; communeCode: string; address?: string | undefined },
) {
  const reach = await reachOf(db, actor, 'registry.write');
  const commune = await writableCommune(db, reach, input.communeCode);
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('household')
        .values({ code: input.code, commune_id: commune.id, address: input.address ?? null })
        .returning(['id', 'code', 'address'])
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: 'household.create',
        entity: 'household',
        entityId: row.id,
        changes: { communeCode: commune.code },
      });
      return { ...row, commune: { code: commune.code, name: commune.name } };
    });
  } catch (error) {
    if (isConflict(error)) throw registryErrors.duplicateHousehold();
    throw error;
  }
}

export async function joinHousehold(
  db: Db,
  actor: Actor,
  personId: number,
  input: { householdCode: string; relation: HouseholdRelation },
) {
  const person = await personInReach(db, actor, personId, 'registry.write');
  const household = await db
    .selectFrom('household')
    .select(['id', 'code', 'commune_id'])
    .where('code', '=', input.householdCode)
    .executeTakeFirst();
  const reach = await reachOf(db, actor, 'registry.write');
  if (!household || !reachesUnit(reach, household.commune_id))
    throw registryErrors.householdNotFound();
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('person')
        .set({ household_id: household.id, household_relation: input.relation })
        .where('id', '=', person.id)
        .execute();
      await recordAudit(trx, actor, {
        action: 'household.join',
        entity: 'person',
        entityId: person.id,
        changes: { householdId: household.id, relation: input.relation },
      });
    });
  } catch (error) {
    if (isConflict(error)) throw registryErrors.householdHasHead();
    throw error;
  }
  return { householdCode: household.code, relation: input.relation };
}
