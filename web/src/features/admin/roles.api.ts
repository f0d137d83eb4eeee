// The standard roles and the permission catalogue; both change only with a new release.
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../app/api';
import type { PermissionInfo, Role } from './admin.types';

export function useRoles() {
  return useQuery({
    queryKey: ['admin', 'roles'],
    queryFn: ({ signal }) => apiGet<{ items: Role[] }>('/api/v1/auth/roles', undefined, signal),
  });
}

export function usePermissionCatalogue() {
  return useQuery({
    queryKey: ['admin', 'permissions'],
    queryFn: ({ signal }) =>
      apiGet<{ items: PermissionInfo[] }>('/api/v1/auth/permissions', undefined, signal),
  });
}
