// Queries and writes of coverage targets: the list by filters, create and edit, file imports
// (the CSV or XLSX file as the raw body) and a target's monthly and weekly plans. Every write
// refreshes the lists and plans it can change.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, apiUpload } from '../../../app/api';
import type {
  ImportResult,
  Plan,
  PlanRequest,
  Target,
  TargetFilters,
  TargetInput,
  TargetPatch,
} from './targets.types';

const BASE = '/api/v1/coverage';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function isXlsx(file: File): boolean {
  return file.type === XLSX || /\.xlsx$/i.test(file.name);
}

export function useTargets(filters: TargetFilters) {
  return useQuery({
    queryKey: ['coverage', 'targets', filters],
    queryFn: ({ signal }) =>
      apiGet<{ items: Target[] }>(
        `${BASE}/targets`,
        { year: filters.year, scheme: filters.scheme, locality: filters.locality },
        signal,
      ),
  });
}

/** After a write: lists, plans and the boards that show targets are asked again. */
function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['coverage'] });
}

export function useCreateTarget() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: TargetInput) => apiPost<Target>(`${BASE}/targets`, input),
    onSuccess: refresh,
  });
}

export function useUpdateTarget() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: TargetPatch }) =>
      apiPatch<Target>(`${BASE}/targets/${id}`, patch),
    onSuccess: refresh,
  });
}

export function useImportTargets() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (file: File) =>
      apiUpload<ImportResult>(`${BASE}/target-imports`, {}, file, isXlsx(file) ? XLSX : 'text/csv'),
    onSuccess: refresh,
  });
}

export function usePlans(targetId: number | null) {
  return useQuery({
    queryKey: ['coverage', 'plans', targetId],
    queryFn: ({ signal }) =>
      apiGet<{ items: Plan[] }>(`${BASE}/targets/${targetId}/plans`, undefined, signal),
    enabled: targetId !== null,
  });
}

export function useMakePlan(targetId: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (request: PlanRequest) =>
      apiPost<Plan>(`${BASE}/targets/${targetId}/plans`, request),
    onSuccess: refresh,
  });
}
