// Pure helpers of the report form: the months one may choose, the default month, the
// localities a user may pick from their assignments, and the request sent to the API.
import { REFORM_DATE } from '../../app/format';
import type { Me } from '../auth/auth.types';
import type { Geography, Scheme } from '../coverage/coverage.types';
import type { ReportRequest } from './reports.types';

export const COUNTRY = 'VN';

/** The month before today's (the month a monthly report is made for), as 'YYYY-MM'. */
export function defaultMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** A month after today's cannot be reported. */
export const isFutureMonth = (month: string, today: string) => month > today.slice(0, 7);

/** The units valid on a month's dates can differ from today's only before the 2025 reform. */
export const asWasAllowed = (month: string) => month < REFORM_DATE.slice(0, 7);

export interface LocalityChoices {
  /** may pick the country and any province */
  national: boolean;
  /** the units of the user's assignments (scoped users) */
  units: { code: string; name: string }[];
}

export function localityChoices(me: Me): LocalityChoices {
  const national = me.assignments.some((a) => a.scope.kind === 'national');
  const units = new Map<string, string>();
  for (const a of me.assignments)
    if (a.scope.kind === 'unit' && a.scope.unitCode && !a.scope.unitValidTo)
      units.set(a.scope.unitCode, a.scope.unitName ?? a.scope.unitCode);
  return { national, units: [...units].map(([code, name]) => ({ code, name })) };
}

/** Where the picker starts: the country for national users, else their first unit. */
export const defaultLocality = (c: LocalityChoices) =>
  c.national ? COUNTRY : (c.units[0]?.code ?? COUNTRY);

export interface FormValues {
  province: string;
  commune?: string | undefined;
  month: string;
  schemes: Scheme[];
  geography: Geography;
}

export function requestOf(v: FormValues): ReportRequest {
  return {
    locality: v.commune || v.province,
    period: v.month,
    schemes: v.schemes,
    geography: asWasAllowed(v.month) ? v.geography : 'as-is',
  };
}
