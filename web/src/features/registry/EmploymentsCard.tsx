// Where the person works or worked: employer (linking to its page), monthly salary, period.
import { Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../app/format';
import { PeriodText } from '../../app/PeriodText';
import type { Employment } from './registry.types';

export function EmploymentsCard({ employments }: { employments: Employment[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Employment> = [
    {
      key: 'employer',
      title: t('employers.name'),
      render: (_, e) => <Link to={`/registry/employers/${e.employer.id}`}>{e.employer.name}</Link>,
    },
    {
      key: 'taxCode',
      title: t('employers.taxCode'),
      render: (_, e) => <span className="tabular">{e.employer.taxCode}</span>,
    },
    {
      key: 'salary',
      title: t('employers.monthlySalary'),
      align: 'right',
      render: (_, e) => <span className="money">{formatMoney(e.monthlySalary)}</span>,
    },
    {
      key: 'period',
      title: t('common.period'),
      render: (_, e) => <PeriodText from={e.validFrom} to={e.validTo} />,
    },
  ];
  return (
    <Card
      size="small"
      data-testid="employments-card"
      title={<h2 className="card-heading">{t('registry.employment.title')}</h2>}
    >
      <Table<Employment>
        size="small"
        rowKey={(e) => `${e.employer.id}-${e.validFrom}`}
        columns={columns}
        dataSource={[...employments].sort((a, b) => b.validFrom.localeCompare(a.validFrom))}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('registry.employment.empty') }}
      />
    </Card>
  );
}
