// Loading and error states of one query inside a page: a skeleton while it loads, the API
// error with a retry button if it failed, otherwise whatever `children` makes of the data.
import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from './ApiErrorAlert';

interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

interface Props<T> {
  query: QueryLike<T>;
  rows?: number;
  children: (data: T) => ReactNode;
}

export function QueryView<T>({ query, rows = 4, children }: Props<T>) {
  if (query.isError) {
    return <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.isPending || query.data === undefined) {
    return <Skeleton active paragraph={{ rows }} />;
  }
  return <>{children(query.data)}</>;
}
