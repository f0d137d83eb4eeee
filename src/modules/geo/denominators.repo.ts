// SQL for denominators (population, labour force per unit and year).
import { sql, type Selectable } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import { batches } from '../../platform/db/batches.js';
import type { DenominatorKind } from './denominators.rules.js';
import type { DenominatorTable } from './geo.tables.js';

type Handle = Db | Tx;

export type DenominatorRow = Omit<Selectable<DenominatorTable>, 'id' | 'updated_at'>;

/** Inserts or replaces rows; returns how many were new. */
export async function upsertDenominators(trx: Tx, rows: DenominatorRow[]): Promise<number> {
  let inserted = 0;
  for (const batch of batches(rows)) {
    const result = await trx
      .insertInto('denominator')
      .values(batch)
      .onConflict((oc) =>
        oc.columns(['admin_unit_id', 'year', 'kind', 'synthetic']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          status: eb.ref('excluded.status'),
          source: eb.ref('excluded.source'),
          note: eb.ref('excluded.note'),
          updated_at: sql<Date>`now()`,
        })),
      )
      // xmax = 0 only for freshly inserted rows
      .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
      .execute();
    inserted += result.filter((r) => r.inserted).length;
  }
  return inserted;
}

export function denominatorsOf(
  db: Handle,
  unitIds: number[],
  filter: { year?: number; kind?: DenominatorKind },
): Promise<DenominatorRow[]> {
  if (unitIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('denominator')
    .select(['admin_unit_id', 'year', 'kind', 'value', 'status', 'synthetic', 'source', 'note'])
    .where('admin_unit_id', 'in', unitIds);
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  return query.orderBy('year').orderBy('kind').execute();
}
