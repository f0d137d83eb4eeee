// The list's filters in the address (?year=2026&scheme=HI&locality=31); anything malformed is
// dropped rather than sent.
import { SCHEMES, type TargetFilters } from './targets.types';

export const NO_FILTERS: TargetFilters = { year: '', scheme: '', locality: '' };

export function readFilters(params: URLSearchParams): TargetFilters {
  const year = params.get('year') ?? '';
  const scheme = params.get('scheme') ?? '';
  const locality = params.get('locality') ?? '';
  return {
    year: /^\d{4}$/.test(year) ? year : '',
    scheme: (SCHEMES as readonly string[]).includes(scheme)
      ? (scheme as TargetFilters['scheme'])
      : '',
    locality: /^[A-Za-z0-9]{1,10}$/.test(locality) ? locality : '',
  };
}

/** The filters as search parameters, leaving out the empty ones. */
export function filterParams(filters: TargetFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
}
