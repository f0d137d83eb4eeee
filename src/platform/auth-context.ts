// Who is calling, and what they may do where. Every request and every service call carries an
// Actor: the HTTP layer builds it (through the access-control hook the app installs), services
// check permissions with `can` and `isNational`, and narrow SQL with `scopesFor`.
import { AppError } from './errors.js';

/** Where a permission holds: everywhere, an org-unit subtree, one facility or one employer. */
export type Scope =
  | { kind: 'national' }
  | { kind: 'unit'; unitId: number }
  | { kind: 'facility'; facilityCode: string }
  | { kind: 'employer'; taxCode: string };

export type ActorKind = 'user' | 'token' | 'anonymous' | 'system';

export interface Actor {
  kind: ActorKind;
  /** display name for the audit trail: username, token name, 'anonymous' or 'system' */
  actor: string;
  userId: number | null;
  tokenId: number | null;
  /** the web session the request came with, if any (sign-out and password change use it) */
  sessionId: number | null;
  requestId: string | null;
  ip: string | null;
  /** permission code → the scopes it is held in (several roles can grant the same one) */
  grants: ReadonlyMap<string, readonly Scope[]>;
}

export function systemActor(name = 'system'): Actor {
  return {
    kind: 'system',
    actor: name,
    userId: null,
    tokenId: null,
    sessionId: null,
    requestId: null,
    ip: null,
    grants: new Map(),
  };
}

export function anonymousActor(requestId: string | null, ip: string | null): Actor {
  return { ...systemActor('anonymous'), kind: 'anonymous', requestId, ip };
}

export function can(actor: Actor, permission: string): boolean {
  return actor.kind === 'system' || (actor.grants.get(permission)?.length ?? 0) > 0;
}

export function scopesFor(actor: Actor, permission: string): readonly Scope[] {
  if (actor.kind === 'system') return [{ kind: 'national' }];
  return actor.grants.get(permission) ?? [];
}

export function isNational(scopes: readonly Scope[]): boolean {
  return scopes.some((s) => s.kind === 'national');
}

export const accessErrors = {
  forbidden: (permission: string) =>
    new AppError({
      code: 'AUTH_FORBIDDEN',
      status: 403,
      message: `You do not have the permission "${permission}" for this`,
      messageVi: `Bạn không có quyền "${permission}" để thực hiện thao tác này`,
      details: { permission },
    }),
  nationalOnly: (permission: string) =>
    new AppError({
      code: 'AUTH_FORBIDDEN',
      status: 403,
      message: `This needs the permission "${permission}" nationwide, not within one area`,
      messageVi: `Thao tác này cần quyền "${permission}" trên phạm vi toàn quốc`,
      details: { permission, scope: 'national' },
    }),
  outOfScope: () =>
    new AppError({
      code: 'AUTH_OUT_OF_SCOPE',
      status: 403,
      message: 'This record is outside the area or organisation you are assigned to',
      messageVi: 'Dữ liệu này nằm ngoài địa bàn hoặc đơn vị bạn được phân công',
    }),
};
