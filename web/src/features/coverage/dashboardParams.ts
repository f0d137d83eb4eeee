// The dashboard's state lives in the address (?locality=31&scheme=HI&at=2026-05-31&geography=as-was)
// so a view can be bookmarked, shared and walked back with the browser's Back button. Missing
// or wrong values fall back to defaults: the user's own province, HI, today, as-is.
import { isCivilDate } from '../../app/format';
import type { Me } from '../auth/auth.types';
import { GEOGRAPHIES, SCHEMES, type Geography, type Scheme } from './coverage.types';

export const COUNTRY = 'VN';

export interface DashboardParams {
  locality: string;
  scheme: Scheme;
  at: string;
  geography: Geography;
}

const LOCALITY_CODE = /^(VN|\d{2}|\d{5})$/;

/**
 * Where a user lands: the one unit they are scoped to (a steering committee's province), the
 * country for national users and for users scoped to several units or to none.
 */
export function homeLocality(me: Me): string {
  if (me.assignments.some((a) => a.scope.kind === 'national')) return COUNTRY;
  const units = new Set(
    me.assignments
      .filter((a) => a.scope.kind === 'unit' && a.scope.unitCode && !a.scope.unitValidTo)
      .map((a) => a.scope.unitCode as string),
  );
  return units.size === 1 ? [...units][0]! : COUNTRY;
}

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

export function readParams(search: URLSearchParams, home: string, today: string): DashboardParams {
  const locality = search.get('locality');
  const at = search.get('at');
  return {
    locality: locality && LOCALITY_CODE.test(locality) ? locality : home,
    scheme: oneOf(SCHEMES, search.get('scheme'), 'HI'),
    at: isCivilDate(at) && at <= today ? at : today,
    geography: oneOf(GEOGRAPHIES, search.get('geography'), 'as-is'),
  };
}

/** The address of a view: defaults are left out, so the landing page stays a bare '/'. */
export function writeParams(p: DashboardParams, home: string, today: string): URLSearchParams {
  const search = new URLSearchParams();
  if (p.locality !== home) search.set('locality', p.locality);
  if (p.scheme !== 'HI') search.set('scheme', p.scheme);
  if (p.at !== today) search.set('at', p.at);
  if (p.geography !== 'as-is') search.set('geography', p.geography);
  return search;
}
