// Shapes of the access-control API (see the auth API contract): the signed-in user, their
// role assignments and the scope each one applies to.

export const PERMISSIONS = [
  'geo.read',
  'geo.write',
  'registry.read',
  'registry.read_full',
  'registry.write',
  'registry.export',
  'coverage.read',
  'targets.write',
  'policy.write',
  'claims.submit',
  'claims.read',
  'claims.appraise',
  'card.check',
  'employer.declare',
  'audit.read',
  'admin.users',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const SCOPE_KINDS = ['national', 'unit', 'facility', 'employer'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export interface Scope {
  kind: ScopeKind;
  unitCode?: string;
  unitName?: string;
  /** last day of a unit that no longer exists (reorganised), null or absent if current */
  unitValidTo?: string | null;
  facilityCode?: string;
  employerTaxCode?: string;
}

export interface Assignment {
  id: number;
  roleCode: string;
  roleNameVi: string;
  roleNameEn: string;
  scope: Scope;
  validFrom: string;
  validTo: string | null;
}

export interface Me {
  id: number;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  /** kept as plain strings: the server may grant codes this UI does not know yet */
  permissions: string[];
  assignments: Assignment[];
}

export interface LoginAnswer {
  user: Me;
  csrfToken: string;
}
