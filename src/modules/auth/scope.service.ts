// What a permission reaches, in terms SQL can filter on: everything (national), a set of unit
// ids (org-unit subtrees with their history), facility codes and employer tax codes. Services
// that return personal data put this in their WHERE clause; nothing is filtered after the fact.
import type { Db, Tx } from '../../db-schema.js';
import { isNational, scopesFor, type Actor } from '../../platform/auth-context.js';
import { unitsWithinScope } from '../geo/index.js';

export interface Reach {
  all: boolean;
  unitIds: number[];
  facilityCodes: string[];
  employerTaxCodes: string[];
}

export async function reachOf(db: Db | Tx, actor: Actor, permission: string): Promise<Reach> {
  const scopes = scopesFor(actor, permission);
  if (isNational(scopes))
    return { all: true, unitIds: [], facilityCodes: [], employerTaxCodes: [] };
  const roots = scopes.flatMap((s) => (s.kind === 'unit' ? [s.unitId] : []));
  return {
    all: false,
    unitIds: await unitsWithinScope(db, roots),
    facilityCodes: scopes.flatMap((s) => (s.kind === 'facility' ? [s.facilityCode] : [])),
    employerTaxCodes: scopes.flatMap((s) => (s.kind === 'employer' ? [s.taxCode] : [])),
  };
}

export function reachesUnit(reach: Reach, unitId: number): boolean {
  return reach.all || reach.unitIds.includes(unitId);
}

export function reachesFacility(reach: Reach, code: string): boolean {
  return reach.all || reach.facilityCodes.includes(code);
}
