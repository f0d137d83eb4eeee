// Writes an audit event inside the caller's transaction, so the change and its record commit
// or roll back together. `changes` is a diff or digest: never secrets, never a full record.
import { sql, type Kysely } from 'kysely';
import type { Actor } from './auth-context.js';

/** The part of an Actor the audit trail records; services pass the whole Actor. */
export type ActorContext = Pick<Actor, 'actor' | 'requestId'> &
  Partial<Pick<Actor, 'kind' | 'userId' | 'tokenId' | 'ip'>>;

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number | null;
  changes: unknown;
}

export async function recordAudit(
  // any schema that has the audit_event table (migrations/0002_audit.sql, 0003_auth.sql)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  trx: Kysely<any>,
  context: ActorContext,
  entry: AuditEntry,
): Promise<void> {
  const entityId = entry.entityId === null ? null : String(entry.entityId);
  await sql`insert into audit_event
      (actor, actor_kind, actor_user_id, token_id, ip, action, entity, entity_id, request_id,
       changes)
    values (${context.actor}, ${context.kind ?? 'system'}, ${context.userId ?? null},
            ${context.tokenId ?? null}, ${context.ip ?? null}, ${entry.action}, ${entry.entity},
            ${entityId}, ${context.requestId}, ${JSON.stringify(entry.changes ?? {})}::jsonb)`.execute(
    trx,
  );
}
