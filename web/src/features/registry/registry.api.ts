// Persons in the registry (personal data: every read is scoped and audited by the server).
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { apiDownload, apiGet } from '../../app/api';
import type { Page } from '../../app/useCursorPages';
import type { Person, PersonFilters, PersonProfile } from './registry.types';

const BASE = '/api/v1/registry/persons';
export const PERSONS_PAGE_SIZE = 50;

export function usePersons({ q, unitCode }: PersonFilters, cursor: string | null) {
  return useQuery({
    queryKey: ['registry', 'persons', q, unitCode, cursor],
    queryFn: ({ signal }) =>
      apiGet<Page<Person>>(BASE, { q, unitCode, cursor, limit: PERSONS_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    // personal data: do not keep serving a copy the user's scope may no longer allow
    staleTime: 0,
  });
}

export function usePerson(id: number) {
  return useQuery({
    queryKey: ['registry', 'person', id],
    queryFn: ({ signal }) => apiGet<Person>(`${BASE}/${id}`, undefined, signal),
    staleTime: 0,
  });
}

export function usePersonProfile(id: number) {
  return useQuery({
    queryKey: ['registry', 'person', id, 'profile'],
    queryFn: ({ signal }) => apiGet<PersonProfile>(`${BASE}/${id}/profile`, undefined, signal),
    staleTime: 0,
  });
}

export function useExportPersons() {
  return useMutation({
    mutationFn: ({ q, unitCode }: PersonFilters) =>
      apiDownload(`${BASE}/export.csv`, { q, unitCode }, 'persons.csv'),
  });
}
