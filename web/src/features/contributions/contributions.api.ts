// Calculator, rule tables and policies of the contributions API. Rule and policy lists are
// effective-dated, so the reference date is part of each query key.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost } from '../../app/api';
import type { Calculation, CalculationKind } from './contributions.types';
import type { Policy, PolicyDraft, PolicyFilters, PolicyStatus } from './policies.types';
import type { RuleRow, RuleTableKey } from './rules.types';

export const BASE = '/api/v1/contributions';

export function useCalculation(kind: CalculationKind) {
  return useMutation({
    mutationFn: (body: object) => apiPost<Calculation>(`${BASE}/calculations/${kind}`, body),
  });
}

export function useRuleRows(table: RuleTableKey, at: string) {
  return useQuery({
    queryKey: ['contributions', 'rules', table, at],
    queryFn: ({ signal }) => apiGet<{ items: RuleRow[] }>(`${BASE}/rules/${table}`, { at }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Creates a rule row (no id) or changes one; every rule list is read again afterwards. */
export function useSaveRuleRow(table: RuleTableKey) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: object }) =>
      id === null
        ? apiPost<RuleRow>(`${BASE}/rules/${table}`, body)
        : apiPatch<RuleRow>(`${BASE}/rules/${table}/${id}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['contributions', 'rules'] }),
  });
}

export function usePolicies({ province, scheme, status, at }: PolicyFilters) {
  return useQuery({
    queryKey: ['contributions', 'policies', province, scheme, status, at],
    queryFn: ({ signal }) =>
      apiGet<{ items: Policy[] }>(`${BASE}/policies`, { province, scheme, status, at }, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePolicy(id: number | null) {
  return useQuery({
    queryKey: ['contributions', 'policy', id],
    queryFn: ({ signal }) => apiGet<Policy>(`${BASE}/policies/${id}`, undefined, signal),
    enabled: id !== null,
  });
}

type PolicyChange = Partial<PolicyDraft> & { status?: PolicyStatus };

/** Creates a draft (no id) or changes a policy: its fields, or its status (activate, withdraw). */
export function useSavePolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: PolicyChange }) =>
      id === null
        ? apiPost<Policy>(`${BASE}/policies`, body)
        : apiPatch<Policy>(`${BASE}/policies/${id}`, body),
    onSuccess: (saved) => {
      client.setQueryData(['contributions', 'policy', saved.id], saved);
      return client.invalidateQueries({ queryKey: ['contributions', 'policies'] });
    },
  });
}
