// Queries of the coverage board API. The locality, date, scheme and geography are all part of
// each key: changing any of them is a new board.
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../app/api';
import type { Board, Breakdown } from './coverage.types';
import type { DashboardParams } from './dashboardParams';

const BASE = '/api/v1/coverage/localities';

export function useBoard({ locality, at, scheme, geography }: DashboardParams) {
  return useQuery({
    queryKey: ['coverage', 'board', locality, at, scheme, geography],
    queryFn: ({ signal }) =>
      apiGet<Board>(
        `${BASE}/${encodeURIComponent(locality)}/board`,
        { at, scheme, geography },
        signal,
      ),
  });
}

export function useBreakdown({ locality, at, scheme }: DashboardParams) {
  return useQuery({
    queryKey: ['coverage', 'breakdown', locality, at, scheme],
    queryFn: ({ signal }) =>
      apiGet<Breakdown>(
        `${BASE}/${encodeURIComponent(locality)}/breakdown`,
        { at, scheme },
        signal,
      ),
  });
}
