// The itemised lines of a calculation: item, payer, the month or household member when the
// result has several, the base, the rate applied and the amount.
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import type { BreakdownLine } from './contributions.types';
import { formatMonth, formatPercentText } from './format';
import { useLabel } from './useLabel';

type Row = BreakdownLine & { key: number };

export function CalculationLines({ lines }: { lines: BreakdownLine[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  // lines have no id of their own: their position is their key
  const rows: Row[] = lines.map((line, key) => ({ ...line, key }));
  const columns: TableColumnsType<Row> = [
    { key: 'item', title: t('contributions.calc.item'), render: (_, l) => label('items', l.item) },
    {
      key: 'payer',
      title: t('contributions.calc.payer'),
      render: (_, l) => label('payers', l.payer),
    },
  ];
  if (lines.some((line) => line.member !== undefined)) {
    columns.push({
      key: 'member',
      title: t('contributions.calc.member'),
      className: 'tabular',
      render: (_, l) => l.member ?? '',
    });
  }
  if (lines.some((line) => line.month)) {
    columns.push({
      key: 'month',
      title: t('contributions.calc.month'),
      className: 'tabular',
      render: (_, l) => formatMonth(l.month),
    });
  }
  const right = { align: 'right' as const };
  columns.push(
    {
      key: 'base',
      title: t('contributions.calc.base'),
      ...right,
      className: 'money',
      render: (_, l) => formatMoney(l.base),
    },
    {
      key: 'percent',
      title: t('contributions.calc.percent'),
      ...right,
      className: 'tabular',
      render: (_, l) => formatPercentText(l.percent),
    },
    {
      key: 'amount',
      title: t('contributions.calc.amount'),
      ...right,
      className: 'money',
      render: (_, l) => formatMoney(l.amount),
    },
  );
  return (
    <Table<Row>
      size="small"
      data-testid="calc-lines"
      dataSource={rows}
      columns={columns}
      pagination={rows.length > 24 ? { pageSize: 24, showSizeChanger: false } : false}
      scroll={{ x: true }}
    />
  );
}
