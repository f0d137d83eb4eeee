// Detail of the selected unit at the chosen date: identity, validity, parent chain, legal
// basis and source, then where it came from (merged units) and where it went (successors).
import { Card, Descriptions, Empty, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { useUnit } from './geo.api';
import { LEVEL_COLORS } from './levels';
import { MergedFrom, SuccessorList } from './UnitLineage';
import { useValidity } from './useValidity';

interface Props {
  code: string | null;
  at: string;
  onOpen: (code: string, date: string) => void;
}

export function UnitDetail({ code, at, onOpen }: Props) {
  const { t } = useTranslation();
  const validity = useValidity();
  const detail = useUnit(code, at);
  const heading = <h2 className="card-heading">{t('geo.detail.title')}</h2>;

  if (code === null) {
    return (
      <Card size="small" title={heading} className="detail-panel" data-testid="unit-detail">
        <Empty description={t('geo.detail.placeholder')} />
      </Card>
    );
  }
  return (
    <Card size="small" title={heading} className="detail-panel" data-testid="unit-detail">
      {detail.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : detail.isError ? (
        <ApiErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <>
          <Typography.Title level={3} data-testid="detail-name">
            {detail.data.unit.name}
          </Typography.Title>
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'code', label: t('geo.detail.code'), children: detail.data.unit.code },
              {
                key: 'level',
                label: t('geo.detail.level'),
                children: (
                  <Tag color={LEVEL_COLORS[detail.data.unit.level]}>
                    {t(`level.${detail.data.unit.level}`)}
                  </Tag>
                ),
              },
              {
                key: 'validity',
                label: t('geo.detail.validity'),
                children: <span data-testid="detail-validity">{validity(detail.data.unit)}</span>,
              },
              {
                key: 'parents',
                label: t('geo.detail.parentChain'),
                children: [...detail.data.ancestors]
                  .reverse()
                  .map((a) => a.name)
                  .join(' › '),
              },
              {
                key: 'legalRef',
                label: t('geo.detail.legalRef'),
                children: detail.data.unit.legalRef ?? t('geo.detail.none'),
              },
              { key: 'source', label: t('geo.detail.source'), children: detail.data.unit.source },
            ]}
          />
          {detail.data.unit.level !== 'country' ? (
            <MergedFrom unit={detail.data.unit} at={at} onOpen={onOpen} />
          ) : null}
          {detail.data.unit.validUntil ? (
            <SuccessorList unit={detail.data.unit} onOpen={onOpen} />
          ) : null}
        </>
      )}
    </Card>
  );
}
