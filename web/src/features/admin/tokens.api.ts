// API tokens of a user (for machine clients). A token's secret is returned once, on creation.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPost } from '../../app/api';
import type { NewToken, Token } from './admin.types';

const tokensKey = (userId: number) => ['admin', 'tokens', userId];

export function useTokens(userId: number) {
  return useQuery({
    queryKey: tokensKey(userId),
    queryFn: ({ signal }) =>
      apiGet<{ items: Token[] }>(`/api/v1/auth/users/${userId}/tokens`, undefined, signal),
    staleTime: 0,
  });
}

export function useCreateToken(userId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: { name: string; expiresOn: string }) =>
      apiPost<NewToken>(`/api/v1/auth/users/${userId}/tokens`, token),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey(userId) }),
  });
}

export function useRevokeToken(userId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: number) => apiDelete(`/api/v1/auth/tokens/${tokenId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey(userId) }),
  });
}
