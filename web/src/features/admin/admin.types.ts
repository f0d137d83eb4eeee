// Shapes of the administration and audit API (see the auth API contract).
import type { Assignment, ScopeKind } from '../auth/auth.types';

export type UserStatus = 'active' | 'disabled';

export interface User {
  id: number;
  username: string;
  displayName: string;
  status: UserStatus;
  locked: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  lastLoginAt: string | null;
  assignments: Assignment[];
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
}

export interface NewAssignment {
  roleCode: string;
  scope: { kind: ScopeKind; unitCode?: string; facilityCode?: string; employerTaxCode?: string };
  validFrom?: string;
  validTo?: string;
}

export interface Token {
  id: number;
  name: string;
  prefix: string;
  expiresOn: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
}

/** The answer to creating a token: the only time its secret is ever shown. */
export type NewToken = Token & { token: string };

export interface Role {
  code: string;
  nameVi: string;
  nameEn: string;
  descriptionVi: string;
  descriptionEn: string;
  permissions: string[];
  personalData: boolean;
}

export interface PermissionInfo {
  code: string;
  descriptionVi: string;
  descriptionEn: string;
}

export type ActorKind = 'user' | 'token' | 'anonymous' | 'system';

export interface AuditEvent {
  id: number | string;
  occurredAt: string;
  actor: string;
  actorKind: ActorKind;
  action: string;
  entity: string;
  entityId: string | null;
  requestId: string | null;
  ip: string | null;
  /** whatever the writer recorded: usually an object of changed fields */
  changes: unknown;
}

export interface AuditFilters {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
}
