// Employers in the user's area (registry.read): a searchable list and one employer's page.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../app/api';
import type { Page } from '../../app/useCursorPages';
import type { Employer, EmployerDetail } from './employers.types';

const BASE = '/api/v1/registry/employers';
export const EMPLOYERS_PAGE_SIZE = 50;

export function useEmployers(q: string, cursor: string | null) {
  return useQuery({
    queryKey: ['registry', 'employers', q, cursor],
    queryFn: ({ signal }) =>
      apiGet<Page<Employer>>(BASE, { q, cursor, limit: EMPLOYERS_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** The employer with its employees at `at` (YYYY-MM-DD; null: today). */
export function useEmployer(id: number, at: string | null) {
  return useQuery({
    queryKey: ['registry', 'employer', id, at],
    queryFn: ({ signal }) => apiGet<EmployerDetail>(`${BASE}/${id}`, { at }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
