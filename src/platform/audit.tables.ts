// Row type of the append-only audit log (migrations/0002_audit.sql, 0003_auth.sql).
import type { Generated, JSONColumnType } from 'kysely';

export interface AuditEventTable {
  id: Generated<number>;
  occurred_at: Generated<Date>;
  actor: string;
  actor_kind: Generated<'user' | 'token' | 'anonymous' | 'system'>;
  actor_user_id: number | null;
  token_id: number | null;
  ip: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  request_id: string | null;
  changes: JSONColumnType<Record<string, unknown>>;
}
