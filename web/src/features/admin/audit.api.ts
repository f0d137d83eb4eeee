// The audit trail, newest first, read page after page with the keyset cursor ("load more").
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../app/api';
import type { Page } from '../../app/useCursorPages';
import type { AuditEvent, AuditFilters } from './admin.types';

export const AUDIT_PAGE_SIZE = 50;

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', 'events', filters],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<AuditEvent>>(
        '/api/v1/audit/events',
        { ...filters, cursor: pageParam, limit: AUDIT_PAGE_SIZE },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // the trail grows all the time: always read it afresh
    staleTime: 0,
  });
}
