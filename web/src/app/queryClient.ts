import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

// Administrative geography changes rarely: cache answers for a while, and do not retry
// requests the server rejected (4xx), only network and server failures.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10 * 60_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) &&
        failureCount < 2,
    },
  },
});
