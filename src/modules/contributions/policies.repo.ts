// SQL of the support_policy table. Functions take (db | trx, …).
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import type { SupportPolicyTable } from './policies.tables.js';

export type PolicyRow = Selectable<SupportPolicyTable>;
export type NewPolicyRow = Insertable<SupportPolicyTable>;
export type PolicyChanges = Updateable<SupportPolicyTable>;

export interface PolicyFilter {
  provinceCodes?: string[] | undefined;
  scheme?: 'hi' | 'vsi' | undefined;
  status?: 'draft' | 'active' | 'withdrawn' | undefined;
  at?: string | undefined;
}

export function listPolicyRows(db: Db | Tx, f: PolicyFilter): Promise<PolicyRow[]> {
  let q = db.selectFrom('support_policy').selectAll();
  if (f.provinceCodes) q = q.where('issuer_province_code', 'in', f.provinceCodes);
  if (f.scheme) q = q.where('scheme', '=', f.scheme);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.at)
    q = q
      .where('valid_from', '<=', f.at)
      .where(sql<boolean>`(valid_to is null or valid_to > ${f.at}::date)`);
  return q.orderBy('issuer_province_code').orderBy('valid_from').orderBy('code').execute();
}

export function policyRow(db: Db | Tx, id: number, forUpdate = false) {
  const q = db.selectFrom('support_policy').selectAll().where('id', '=', id);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

export function insertPolicy(trx: Tx, row: NewPolicyRow): Promise<PolicyRow> {
  return trx.insertInto('support_policy').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updatePolicyRow(trx: Tx, id: number, changes: PolicyChanges): Promise<PolicyRow> {
  return trx
    .updateTable('support_policy')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
