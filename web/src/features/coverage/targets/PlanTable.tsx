// The periods of one plan: month (MM/yyyy) or ISO week (its number and first day, dd/mm/yyyy),
// each with the cumulative value to reach by its end.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../app/format';
import { formatPlanMonth, formatTargetValue } from './targetFormat';
import type { Measure, Plan } from './targets.types';

interface Row {
  n: number;
  periodStart: string;
  value: number;
}

export function PlanTable({ plan, measure }: { plan: Plan; measure: Measure }) {
  const { t } = useTranslation();
  const rows: Row[] = plan.items.map((item, i) => ({ ...item, n: i + 1 }));
  const month = plan.periodKind === 'month';
  return (
    <Table<Row>
      size="small"
      data-testid={`plan-${plan.periodKind}`}
      rowKey="periodStart"
      dataSource={rows}
      pagination={month ? false : { pageSize: 13, showSizeChanger: false }}
      columns={[
        {
          key: 'period',
          title: month ? t('targets.plan.month') : t('targets.plan.week'),
          render: (_, r) =>
            month
              ? formatPlanMonth(r.periodStart)
              : t('targets.plan.weekOf', { n: r.n, date: formatDate(r.periodStart) }),
        },
        {
          key: 'value',
          title: t('targets.plan.cumulative'),
          align: 'right',
          render: (_, r) => <span className="tabular">{formatTargetValue({ measure, ...r })}</span>,
        },
      ]}
    />
  );
}
