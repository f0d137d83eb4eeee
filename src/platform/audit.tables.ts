// Row type of the append-only audit log (migrations/0002_audit.sql).
import type { Generated, JSONColumnType } from 'kysely';

export interface AuditEventTable {
  id: Generated<number>;
  occurred_at: Generated<Date>;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  request_id: string | null;
  changes: JSONColumnType<Record<string, unknown>>;
}
