// Queries of the geo API. Every answer depends on the "as of" date, so it is part of each key.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../app/api';
import type { AdminUnit, Predecessors, Successors, UnitPage, UnitWithAncestors } from './geo.types';

const BASE = '/api/v1/geo';
export const SEARCH_LIMIT = 50;

async function allPages(
  params: Record<string, string | number>,
  signal: AbortSignal,
): Promise<AdminUnit[]> {
  const items: AdminUnit[] = [];
  let cursor: string | null = null;
  do {
    const page: UnitPage = await apiGet<UnitPage>(`${BASE}/units`, { ...params, cursor }, signal);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export const provincesQuery = (at: string) =>
  queryOptions({
    queryKey: ['geo', 'provinces', at],
    queryFn: ({ signal }) => allPages({ at, level: 'province', limit: 100 }, signal),
  });

export const childrenQuery = (at: string, parentCode: string) =>
  queryOptions({
    queryKey: ['geo', 'children', at, parentCode],
    queryFn: ({ signal }) => allPages({ at, parentCode, limit: 500 }, signal),
  });

export function useProvinces(at: string) {
  return useQuery(provincesQuery(at));
}

export function useUnitSearch(q: string, at: string) {
  return useQuery({
    queryKey: ['geo', 'search', at, q],
    queryFn: ({ signal }) =>
      apiGet<UnitPage>(`${BASE}/units`, { at, q, limit: SEARCH_LIMIT }, signal),
    enabled: q.length >= 2,
  });
}

export function useUnit(code: string | null, at: string) {
  return useQuery({
    queryKey: ['geo', 'unit', at, code],
    queryFn: ({ signal }) =>
      apiGet<UnitWithAncestors>(`${BASE}/units/${encodeURIComponent(code ?? '')}`, { at }, signal),
    enabled: code !== null,
  });
}

export function usePredecessors(unit: AdminUnit, at: string) {
  return useQuery({
    queryKey: ['geo', 'predecessors', at, unit.code, unit.level],
    queryFn: ({ signal }) =>
      apiGet<Predecessors>(
        `${BASE}/units/${encodeURIComponent(unit.code)}/predecessors`,
        { at, level: unit.level },
        signal,
      ),
  });
}

/** Where a unit that ended went; the code is read on its last valid day. */
export function useSuccessors(unit: AdminUnit) {
  const lastDay = unit.validUntil;
  return useQuery({
    queryKey: ['geo', 'successors', lastDay, unit.code],
    queryFn: ({ signal }) =>
      apiGet<Successors>(
        `${BASE}/units/${encodeURIComponent(unit.code)}/successors`,
        { at: lastDay },
        signal,
      ),
    enabled: lastDay !== null,
  });
}
