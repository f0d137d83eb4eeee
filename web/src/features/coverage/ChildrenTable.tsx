// Ranking of a locality's children (provinces of the country, communes of a province): rank,
// rate, target, gap in points and persons, status. Sortable; a name opens that child's board.
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Child } from './coverage.types';
import { formatCount, formatPercent, formatPoints } from './format';
import { StatusTag } from './StatusTag';
import { useRateText } from './unknownText';

interface Props {
  rows: Child[];
  title: string;
  onOpen: (code: string) => void;
}

/** nulls last whatever the direction, as antd flips the comparator for descending */
const byNumber =
  (key: 'rank' | 'ratePercent' | 'gapPoints' | 'gapPersons' | 'participants') =>
  (a: Child, b: Child) =>
    (a[key] ?? Infinity) - (b[key] ?? Infinity);

export function ChildrenTable({ rows, title, onOpen }: Props) {
  const { t } = useTranslation();
  const rateText = useRateText();
  const dash = '—';
  const columns: TableColumnsType<Child> = [
    {
      title: t('coverage.table.rank'),
      dataIndex: 'rank',
      width: 72,
      sorter: byNumber('rank'),
      defaultSortOrder: 'ascend',
      render: (v: number | null) => v ?? dash,
    },
    {
      title: t('coverage.table.name'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
      render: (name: string, row) => (
        <Typography.Link onClick={() => onOpen(row.code)} data-testid={`open-${row.code}`}>
          {name}
        </Typography.Link>
      ),
    },
    {
      title: t('coverage.table.participants'),
      dataIndex: 'participants',
      align: 'right',
      sorter: byNumber('participants'),
      render: (v: number | null) => formatCount(v) ?? dash,
    },
    {
      title: t('coverage.table.rate'),
      key: 'rate',
      align: 'right',
      sorter: byNumber('ratePercent'),
      render: (_, row) => rateText(row),
    },
    {
      title: t('coverage.table.target'),
      dataIndex: 'targetPercent',
      align: 'right',
      render: (v: number | null) => formatPercent(v) ?? t('coverage.unknown.target'),
    },
    {
      title: t('coverage.table.gapPoints'),
      dataIndex: 'gapPoints',
      align: 'right',
      sorter: byNumber('gapPoints'),
      render: (v: number | null) => formatPoints(v) ?? dash,
    },
    {
      title: t('coverage.table.gapPersons'),
      dataIndex: 'gapPersons',
      align: 'right',
      sorter: byNumber('gapPersons'),
      render: (v: number | null) => formatCount(v) ?? dash,
    },
    {
      title: t('coverage.table.status'),
      dataIndex: 'status',
      render: (s: Child['status']) => <StatusTag status={s} />,
    },
  ];
  return (
    <Table<Child>
      data-testid="children-table"
      title={() => (
        <Typography.Title level={3} className="coverage-section-title">
          {title}
        </Typography.Title>
      )}
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('coverage.table.empty') }}
      scroll={{ x: 'max-content' }}
    />
  );
}
