// Writes an audit event inside the caller's transaction, so the change and its record commit
// or roll back together.
import { sql, type Kysely } from 'kysely';

export interface ActorContext {
  /** user or token id; 'system' for seeding, 'anonymous' until sign-in exists */
  actor: string;
  requestId: string | null;
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number | null;
  changes: unknown;
}

export async function recordAudit(
  // any schema that has the audit_event table (migrations/0002_audit.sql)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  trx: Kysely<any>,
  context: ActorContext,
  entry: AuditEntry,
): Promise<void> {
  const entityId = entry.entityId === null ? null : String(entry.entityId);
  await sql`insert into audit_event (actor, action, entity, entity_id, request_id, changes)
    values (${context.actor}, ${entry.action}, ${entry.entity}, ${entityId},
            ${context.requestId}, ${JSON.stringify(entry.changes ?? {})}::jsonb)`.execute(trx);
}
