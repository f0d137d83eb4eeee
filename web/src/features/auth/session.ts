// The signed-in user, read from GET /auth/me. "Not signed in" is an answer (null), not an
// error, so the guard can tell it apart from a server that cannot be reached.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { apiGet, isAuthRequired } from '../../app/api';
import type { Me, Permission } from './auth.types';

export const SESSION_KEY = ['auth', 'me'] as const;

export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      return await apiGet<Me>('/api/v1/auth/me', undefined, signal);
    } catch (error) {
      if (isAuthRequired(error)) return null;
      throw error;
    }
  },
  // roles can change while a page is open: check again when the user comes back to the tab
  staleTime: 5 * 60_000,
  refetchOnWindowFocus: true,
});

/** The session; with `fetch: false` only what is already known (the sign-in page). */
export function useSession({ fetch = true } = {}) {
  return useQuery({ ...sessionQuery, enabled: fetch });
}

// The guard hands the user down through context rather than letting each component read the
// query: when the session ends, the guard stops rendering its children before any of them
// could see a missing user.
export const MeContext = createContext<Me | null>(null);

/** The signed-in user, for components rendered inside the sign-in guard. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() used outside the sign-in guard');
  return me;
}

export function can(me: Me | null | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false;
}

export function usePermission(permission: Permission): boolean {
  return can(useMe(), permission);
}

/**
 * Forgets everything the previous user could see, keeping only the new session answer, so no
 * cached page of one user is ever shown to the next.
 */
export function resetSession(client: QueryClient, me: Me | null) {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  client.setQueryData(SESSION_KEY, me);
}
