// Registering an employer in a commune of the writer's area.
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { isConflict } from '../../platform/db/pg-errors.js';
import { searchKey } from '../../platform/text.js';
import { reachOf } from '../auth/index.js';
import { registryErrors } from './registry.errors.js';
import { writableCommune } from './writable-commune.js';

export interface NewEmployer {
  taxCode: string;
  name: string;
  businessRegNo?: string | undefined;
  sector: string;
  communeCode: string;
  reportedEmployees?: number | undefined;
}

export async function createEmployer(db: Db, actor: Actor, input: NewEmployer) {
  const reach = await reachOf(db, actor, 'registry.write');
  const commune = await writableCommune(db, reach, input.communeCode);
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('employer')
        .values({
          tax_code: input.taxCode,
          name: input.name.trim(),
          search_key: searchKey(input.name),
          business_reg_no: input.businessRegNo ?? null,
          sector: input.sector,
          commune_id: commune.id,
          reported_employees: input.reportedEmployees ?? 0,
        })
        .returning(['id', 'tax_code', 'name', 'sector', 'reported_employees', 'status'])
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: 'employer.create',
        entity: 'employer',
        entityId: row.id,
        changes: { taxCode: row.tax_code, communeCode: commune.code },
      });
      return {
        id: row.id,
        taxCode: row.tax_code,
        name: row.name,
        sector: row.sector,
        commune: { code: commune.code, name: commune.name },
        reportedEmployees: row.reported_employees,
        status: row.status,
      };
    });
  } catch (error) {
    if (isConflict(error)) throw registryErrors.duplicateTaxCode();
    throw error;
  }
}
