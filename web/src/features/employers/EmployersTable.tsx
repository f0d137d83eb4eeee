// One page of employers: tax code, name (linking to its page), sector, commune, reported
// headcount and status.
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../app/format';
import { EmployerStatusTag, SectorText } from './EmployerStatusTag';
import type { Employer } from './employers.types';

interface Props {
  employers: Employer[] | undefined;
  loading: boolean;
}

export function EmployersTable({ employers, loading }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Employer> = [
    {
      key: 'taxCode',
      title: t('employers.taxCode'),
      render: (_, e) => <span className="tabular">{e.taxCode}</span>,
    },
    {
      key: 'name',
      title: t('employers.name'),
      render: (_, e) => (
        <Link to={`/registry/employers/${e.id}`} data-testid={`employer-link-${e.id}`}>
          {e.name}
        </Link>
      ),
    },
    {
      key: 'sector',
      title: t('employers.sectorLabel'),
      render: (_, e) => <SectorText sector={e.sector} />,
    },
    { key: 'commune', title: t('employers.commune'), render: (_, e) => e.commune.name },
    {
      key: 'employees',
      title: t('employers.reportedEmployees'),
      align: 'right',
      render: (_, e) => formatNumber(e.reportedEmployees),
    },
    {
      key: 'status',
      title: t('employers.statusLabel'),
      render: (_, e) => <EmployerStatusTag status={e.status} />,
    },
  ];
  return (
    <Table<Employer>
      data-testid="employers-table"
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={employers ?? []}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('employers.empty') }}
    />
  );
}
