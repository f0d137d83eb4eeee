// The dashboard loaded on first use: it brings the chart library, d3-geo and the map.
import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';

const DashboardPage = lazy(() =>
  import('./DashboardPage').then((m) => ({ default: m.DashboardPage })),
);

export function DashboardRoute() {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
      <DashboardPage />
    </Suspense>
  );
}
