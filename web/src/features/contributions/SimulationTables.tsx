// The simulation's breakdown tables, by commune and by group (the chart shows only the top).
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../../app/format';
import type { CommuneResult, GroupResult } from './policies.types';
import { useGroupLabel } from '../enrolment/groups';

type Counts = Pick<
  CommuneResult,
  'eligible' | 'eligibleUncovered' | 'expectedJoiners' | 'localCostPerYear' | 'stateCostPerYear'
>;

function useCountColumns<T extends Counts>(): TableColumnsType<T> {
  const { t } = useTranslation();
  const number = (key: keyof Counts, title: string, money = false) => ({
    key,
    title,
    align: 'right' as const,
    className: money ? 'money' : 'tabular',
    sorter: (a: T, b: T) => a[key] - b[key],
    render: (_: unknown, row: T) => (money ? formatMoney(row[key]) : formatNumber(row[key])),
  });
  return [
    number('eligible', t('contributions.sim.columns.eligible')),
    number('eligibleUncovered', t('contributions.sim.columns.eligibleUncovered')),
    number('expectedJoiners', t('contributions.sim.columns.expectedJoiners')),
    number('localCostPerYear', t('contributions.sim.columns.localCostPerYear'), true),
    number('stateCostPerYear', t('contributions.sim.columns.stateCostPerYear'), true),
  ];
}

export function CommuneTable({ rows }: { rows: CommuneResult[] }) {
  const { t } = useTranslation();
  const counts = useCountColumns<CommuneResult>();
  return (
    <Table<CommuneResult>
      size="small"
      data-testid="sim-communes"
      rowKey="communeCode"
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      columns={[
        {
          key: 'commune',
          width: 220,
          title: t('contributions.sim.commune'),
          render: (_, r) => `${r.communeCode} · ${r.communeName}`,
        },
        ...counts,
      ]}
    />
  );
}

export function GroupTable({ rows }: { rows: GroupResult[] }) {
  const { t } = useTranslation();
  const groupLabel = useGroupLabel();
  const counts = useCountColumns<GroupResult>();
  return (
    <Table<GroupResult>
      size="small"
      data-testid="sim-groups"
      rowKey="group"
      dataSource={rows}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        {
          key: 'group',
          width: 240,
          title: t('contributions.sim.group'),
          render: (_, r) => groupLabel(r.group),
        },
        ...counts,
      ]}
    />
  );
}
