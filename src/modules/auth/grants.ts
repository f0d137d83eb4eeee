// Turns assignment rows into the Actor's grant map (pure).
import type { Scope } from '../../platform/auth-context.js';
import type { GrantRow } from './assignments.repo.js';

export function scopeOf(row: Omit<GrantRow, 'permission_code'>): Scope {
  switch (row.scope_kind) {
    case 'national':
      return { kind: 'national' };
    case 'unit':
      return { kind: 'unit', unitId: row.unit_id! };
    case 'facility':
      return { kind: 'facility', facilityCode: row.facility_code! };
    case 'employer':
      return { kind: 'employer', taxCode: row.employer_tax_code! };
  }
}

export function grantMap(rows: readonly GrantRow[]): Map<string, Scope[]> {
  const grants = new Map<string, Scope[]>();
  for (const row of rows) {
    const scopes = grants.get(row.permission_code) ?? [];
    const scope = scopeOf(row);
    const key = JSON.stringify(scope);
    if (!scopes.some((s) => JSON.stringify(s) === key)) scopes.push(scope);
    grants.set(row.permission_code, scopes);
  }
  return grants;
}
