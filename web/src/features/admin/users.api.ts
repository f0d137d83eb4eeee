// Queries and changes of user accounts and their role assignments (permission admin.users).
// After a change the lists and the user's page are refetched; the session too, because an
// administrator may be changing their own roles.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost } from '../../app/api';
import type { Page } from '../../app/useCursorPages';
import type { Assignment } from '../auth/auth.types';
import { SESSION_KEY } from '../auth/session';
import type { NewAssignment, NewUser, User, UserStatus } from './admin.types';

const BASE = '/api/v1/auth/users';
export const USERS_PAGE_SIZE = 20;

export interface UserQuery {
  q: string;
  status: UserStatus | '';
  cursor: string | null;
}

export function useUsers({ q, status, cursor }: UserQuery) {
  return useQuery({
    queryKey: ['admin', 'users', q, status, cursor],
    queryFn: ({ signal }) =>
      apiGet<Page<User>>(BASE, { q, status, cursor, limit: USERS_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useUser(id: number) {
  return useQuery({
    queryKey: ['admin', 'user', id],
    queryFn: ({ signal }) => apiGet<User>(`${BASE}/${id}`, undefined, signal),
    staleTime: 0,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return (id?: number) =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['admin', 'users'] }),
      id === undefined ? null : client.invalidateQueries({ queryKey: ['admin', 'user', id] }),
      client.invalidateQueries({ queryKey: SESSION_KEY }),
    ]);
}

export function useCreateUser() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (user: NewUser) => apiPost<User>(BASE, user),
    onSuccess: () => refresh(),
  });
}

export function useUpdateUser(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (change: { displayName?: string; status?: UserStatus }) =>
      apiPatch<User>(`${BASE}/${id}`, change),
    onSuccess: () => refresh(id),
  });
}

export function useResetPassword(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (newPassword: string) => apiPost(`${BASE}/${id}/password-reset`, { newPassword }),
    onSuccess: () => refresh(id),
  });
}

export function useAddAssignment(userId: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (assignment: NewAssignment) =>
      apiPost<Assignment>(`${BASE}/${userId}/assignments`, assignment),
    onSuccess: () => refresh(userId),
  });
}

export function useRemoveAssignment(userId: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (assignmentId: number) =>
      apiDelete(`${BASE}/${userId}/assignments/${assignmentId}`),
    onSuccess: () => refresh(userId),
  });
}
