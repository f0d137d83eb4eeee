// SQL for searching the audit trail, newest first, keyset on id.
import { sql } from 'kysely';
import type { Db } from '../../db-schema.js';
import { addDays } from '../../platform/dates.js';
import { escapeLike } from '../../platform/text.js';

export interface AuditFilter {
  actor?: string | undefined;
  /** exact, or a prefix ending in '.' ('auth.' finds every sign-in event) */
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  /** civil dates in Vietnam time, inclusive */
  from?: string | undefined;
  to?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

const vnMidnight = (date: string) =>
  sql<Date>`(${date}::date::timestamp at time zone 'Asia/Ho_Chi_Minh')`;

export function searchAudit(db: Db, f: AuditFilter) {
  let query = db.selectFrom('audit_event').selectAll().orderBy('id', 'desc').limit(f.limit);
  if (f.actor) query = query.where('actor', '=', f.actor);
  if (f.action?.endsWith('.')) query = query.where('action', 'like', `${escapeLike(f.action)}%`);
  else if (f.action) query = query.where('action', '=', f.action);
  if (f.entity) query = query.where('entity', '=', f.entity);
  if (f.entityId) query = query.where('entity_id', '=', f.entityId);
  if (f.from) query = query.where('occurred_at', '>=', vnMidnight(f.from));
  if (f.to) query = query.where('occurred_at', '<', vnMidnight(addDays(f.to, 1)));
  if (f.beforeId) query = query.where('id', '<', f.beforeId);
  return query.execute();
}
