// Moving a person: the current residence ends the day the new one starts, and the person's
// commune (the scope key) follows. The person must be in the writer's area today; after the
// move, the new commune's officers see the record and the history stays with it.
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { resolveUnit } from '../geo/index.js';
import { personInReach } from './lookup.service.js';
import { registryErrors } from './registry.errors.js';

export async function movePerson(
  db: Db,
  actor: Actor,
  personId: number,
  input: { communeCode: string; validFrom: string },
) {
  const person = await personInReach(db, actor, personId, 'registry.write');
  const commune = await resolveUnit(db, input.communeCode, input.validFrom);
  if (commune.level !== 'commune') throw registryErrors.communeRequired();
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('person_residence')
      .select(['id', 'valid_from', 'commune_id'])
      .where('person_id', '=', person.id)
      .where('valid_to', 'is', null)
      .executeTakeFirst();
    if (current && current.valid_from >= input.validFrom) throw registryErrors.badPeriod();
    if (current?.commune_id === commune.id) throw registryErrors.sameResidence();
    if (current)
      await trx
        .updateTable('person_residence')
        .set({ valid_to: input.validFrom })
        .where('id', '=', current.id)
        .execute();
    await trx
      .insertInto('person_residence')
      .values({ person_id: person.id, commune_id: commune.id, valid_from: input.validFrom })
      .execute();
    await trx
      .updateTable('person')
      .set({ commune_id: commune.id })
      .where('id', '=', person.id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'person.move',
      entity: 'person',
      entityId: person.id,
      changes: { communeCode: commune.code, from: input.validFrom },
    });
    return { commune: { code: commune.code, name: commune.name }, validFrom: input.validFrom };
  });
}
