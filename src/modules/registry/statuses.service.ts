// Status history (poor, near-poor, pupil…): each status with its source decision and period.
// The same status cannot overlap itself for one person (exclusion constraint).
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { isConflict } from '../../platform/db/pg-errors.js';
import { personInReach } from './lookup.service.js';
import { registryErrors } from './registry.errors.js';

export interface NewStatus {
  status: string;
  source: string;
  validFrom: string;
  validTo?: string | undefined;
}

export async function addStatus(db: Db, actor: Actor, personId: number, input: NewStatus) {
  const person = await personInReach(db, actor, personId, 'registry.write');
  const kind = await db
    .selectFrom('person_status_kind')
    .select(['code', 'label_vi', 'label_en'])
    .where('code', '=', input.status)
    .executeTakeFirst();
  if (!kind) throw registryErrors.unknownStatus(input.status);
  if (input.validTo !== undefined && input.validTo <= input.validFrom)
    throw registryErrors.badPeriod();
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('person_status')
        .values({
          person_id: person.id,
          status: kind.code,
          source: input.source.trim(),
          valid_from: input.validFrom,
          valid_to: input.validTo ?? null,
        })
        .returning(['id', 'status', 'source', 'valid_from', 'valid_to'])
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: 'person.status_add',
        entity: 'person',
        entityId: person.id,
        changes: { status: kind.code, from: input.validFrom, to: input.validTo ?? null },
      });
      return {
        status: row.status,
        labelVi: kind.label_vi,
        labelEn: kind.label_en,
        source: row.source,
        validFrom: row.valid_from,
        validTo: row.valid_to,
      };
    });
  } catch (error) {
    if (isConflict(error)) throw registryErrors.statusOverlap(input.status);
    throw error;
  }
}
