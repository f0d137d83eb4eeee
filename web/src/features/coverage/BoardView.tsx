// One loaded board: breadcrumb, the month the figures are of, headline cards, the map beside
// the children's ranking, the monthly trend and the breakdown of participants.
import { Alert, Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../app/QueryView';
import { BreakdownCharts } from './BreakdownCharts';
import { ChildrenTable } from './ChildrenTable';
import { useBreakdown } from './coverage.api';
import type { Board } from './coverage.types';
import type { DashboardParams } from './dashboardParams';
import { formatMonth } from './format';
import { HeadlineCards } from './HeadlineCards';
import { LocalityBreadcrumb } from './LocalityBreadcrumb';
import { ProvinceMap } from './ProvinceMap';
import { TrendChart } from './TrendChart';

interface Props {
  board: Board;
  params: DashboardParams;
  on: string;
  onOpen: (code: string) => void;
}

const TABLE_TITLES = {
  province: 'coverage.table.provinces',
  commune: 'coverage.table.communes',
} as const;

export function BoardView({ board, params, on, onOpen }: Props) {
  const { t } = useTranslation();
  const breakdown = useBreakdown(params);
  const s = board.summary;
  const level = s.locality.level;
  const childLevel = board.children[0]?.level;
  const tableTitle = t(
    TABLE_TITLES[childLevel as keyof typeof TABLE_TITLES] ?? 'coverage.table.units',
  );
  const showMap = level === 'country' || level === 'province';
  const month = formatMonth(s.month);
  return (
    <div data-testid="board" data-locality={s.locality.code} data-scheme={s.scheme}>
      <LocalityBreadcrumb locality={s.locality} on={on} onOpen={onOpen} />
      <Typography.Title level={2} data-testid="board-heading">
        {t('coverage.heading', { name: s.locality.name })}
      </Typography.Title>
      {s.factsBuilt ? (
        <Typography.Paragraph type="secondary" data-testid="month-note">
          {t('coverage.monthNote', { month, year: s.at.slice(0, 4) })}
        </Typography.Paragraph>
      ) : (
        <Alert
          type="warning"
          showIcon
          className="coverage-alert"
          data-testid="no-facts"
          title={t('coverage.noFacts', { month })}
        />
      )}
      <HeadlineCards board={board} />
      <Row gutter={[16, 16]} className="coverage-row">
        {showMap ? (
          <Col xs={24} xl={9}>
            <Card size="small" title={t('coverage.map.title')}>
              <ProvinceMap
                provinces={level === 'country' ? board.children : null}
                selected={level === 'province' ? s.locality.code : undefined}
                asWas={board.geography === 'as-was'}
                at={s.at}
                onOpen={onOpen}
              />
              <Typography.Text type="secondary">{t('coverage.map.hint')}</Typography.Text>
            </Card>
          </Col>
        ) : null}
        <Col xs={24} xl={showMap ? 15 : 24}>
          <ChildrenTable rows={board.children} title={tableTitle} onOpen={onOpen} />
        </Col>
      </Row>
      <Card size="small" title={t('coverage.trend.title')} className="coverage-row">
        <TrendChart trend={board.trend} target={s.target} />
      </Card>
      <Card size="small" className="coverage-row" title={t('coverage.breakdown.title', { month })}>
        <QueryView query={breakdown}>{(data) => <BreakdownCharts breakdown={data} />}</QueryView>
      </Card>
    </div>
  );
}
