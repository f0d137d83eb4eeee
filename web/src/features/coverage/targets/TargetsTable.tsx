// The targets list: locality (name and code), scheme, year, group, value (95,15% or 1.234.567
// người), denominator kind and source; edit (targets.write) and the target's plan.
import { Button, Empty, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTargetValue } from './targetFormat';
import type { Target } from './targets.types';

interface Props {
  targets: Target[] | undefined;
  loading: boolean;
  canWrite: boolean;
  onEdit: (target: Target) => void;
  onPlan: (target: Target) => void;
}

export function TargetsTable({ targets, loading, canWrite, onEdit, onPlan }: Props) {
  const { t } = useTranslation();
  return (
    <Table<Target>
      size="small"
      data-testid="targets-table"
      rowKey="id"
      loading={loading}
      dataSource={targets}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: true }}
      locale={{ emptyText: <Empty description={t('targets.empty')} /> }}
      columns={[
        {
          key: 'locality',
          title: t('targets.fields.locality'),
          render: (_, r) => (
            <>
              <div>{r.localityName}</div>
              <span className="tabular target-secondary">{r.localityCode}</span>
            </>
          ),
        },
        {
          key: 'scheme',
          title: t('targets.fields.scheme'),
          render: (_, r) => t(`coverage.schemes.${r.scheme}`),
        },
        { key: 'year', title: t('targets.fields.year'), dataIndex: 'year' },
        {
          key: 'group',
          title: t('targets.fields.group'),
          render: (_, r) => r.groupCode ?? t('targets.allGroups'),
        },
        {
          key: 'value',
          title: t('targets.fields.value'),
          align: 'right',
          render: (_, r) => (
            <span className="tabular" data-testid="target-value-cell">
              {r.measure === 'participants'
                ? t('targets.persons', { value: formatTargetValue(r) })
                : formatTargetValue(r)}
            </span>
          ),
        },
        {
          key: 'denominator',
          title: t('targets.fields.denominatorKind'),
          render: (_, r) => t(`coverage.denominatorKind.${r.denominatorKind}`),
        },
        { key: 'source', title: t('targets.fields.source'), dataIndex: 'source' },
        {
          key: 'actions',
          title: t('common.actions'),
          render: (_, r) => (
            <Space size="small">
              {canWrite ? (
                <Button size="small" data-testid={`target-edit-${r.id}`} onClick={() => onEdit(r)}>
                  {t('targets.edit')}
                </Button>
              ) : null}
              <Button size="small" data-testid={`target-plan-${r.id}`} onClick={() => onPlan(r)}>
                {t('targets.plan.open')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
