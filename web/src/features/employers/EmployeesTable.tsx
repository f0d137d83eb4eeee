// An employer's employees at a date: monthly salary against the contribution salary declared
// for compulsory social insurance; employees not declared (or declared below their salary)
// are flagged.
import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../app/format';
import { PeriodText } from '../../app/PeriodText';
import type { Employee } from './employers.types';

type Declaration = 'declared' | 'underDeclared' | 'notDeclared';

export function declarationOf(e: Employee): Declaration {
  if (!e.declared) return 'notDeclared';
  const low =
    e.contributionSalary !== null &&
    e.monthlySalary !== null &&
    e.contributionSalary < e.monthlySalary;
  return low ? 'underDeclared' : 'declared';
}

const COLORS: Record<Declaration, string> = {
  declared: 'green',
  underDeclared: 'orange',
  notDeclared: 'red',
};

export function EmployeesTable({ employees }: { employees: Employee[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Employee> = [
    {
      key: 'fullName',
      title: t('registry.persons.fullName'),
      render: (_, e) => <Link to={`/registry/persons/${e.personId}`}>{e.fullName}</Link>,
    },
    {
      key: 'salary',
      title: t('employers.monthlySalary'),
      align: 'right',
      render: (_, e) => <span className="money">{formatMoney(e.monthlySalary)}</span>,
    },
    {
      key: 'contribution',
      title: t('employers.contributionSalary'),
      align: 'right',
      render: (_, e) => <span className="money">{formatMoney(e.contributionSalary)}</span>,
    },
    {
      key: 'declared',
      title: t('employers.declaration'),
      render: (_, e) => {
        const state = declarationOf(e);
        return (
          <Tag color={COLORS[state]} data-testid={`declaration-${state}`}>
            {t(`employers.declarationState.${state}`)}
          </Tag>
        );
      },
    },
    {
      key: 'period',
      title: t('employers.employedPeriod'),
      render: (_, e) => <PeriodText from={e.validFrom} to={e.validTo} />,
    },
  ];
  return (
    <Table<Employee>
      data-testid="employees-table"
      size="small"
      rowKey={(e) => `${e.personId}-${e.validFrom}`}
      columns={columns}
      dataSource={employees}
      rowClassName={(e) => (e.declared ? '' : 'row-flagged')}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('employers.noEmployees') }}
    />
  );
}
