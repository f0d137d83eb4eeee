// The coverage dashboard, the landing page of users who may read coverage: a locality's board
// (the user's own province, else the country) with its filters, breadcrumb, headline, map,
// ranking, trend and breakdown. Everything it shows is an aggregate: no person.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../app/QueryView';
import { usePageTitle } from '../../app/usePageTitle';
import { useBoard } from './coverage.api';
import { BoardView } from './BoardView';
import { DashboardFilters } from './DashboardFilters';
import { useDashboardParams } from './useDashboardParams';
import './coverage.css';

export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('coverage.title'));
  const { params, update, today } = useDashboardParams();
  const board = useBoard(params);
  return (
    <div className="coverage-dashboard">
      <Typography.Title level={1} data-testid="page-heading">
        {t('coverage.title')}
      </Typography.Title>
      <DashboardFilters params={params} today={today} onChange={update} />
      <QueryView query={board} rows={8}>
        {(data) => (
          <BoardView
            board={data}
            params={params}
            on={params.geography === 'as-is' ? today : params.at}
            onOpen={(locality) => update({ locality })}
          />
        )}
      </QueryView>
    </div>
  );
}
