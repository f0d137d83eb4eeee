// One employer: its details, and its employees with what it declared for them.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatNumber } from '../../app/format';
import { NotFoundPage } from '../../app/NotFoundPage';
import { QueryView } from '../../app/QueryView';
import { usePageTitle } from '../../app/usePageTitle';
import { EmployeesTable, declarationOf } from './EmployeesTable';
import { EmployerStatusTag, SectorText } from './EmployerStatusTag';
import { useEmployer } from './employers.api';
import type { EmployerDetail } from './employers.types';

export function EmployerPage() {
  const { id } = useParams();
  const employerId = Number(id);
  return Number.isSafeInteger(employerId) && employerId > 0 ? (
    <EmployerView employerId={employerId} />
  ) : (
    <NotFoundPage />
  );
}

function EmployerView({ employerId }: { employerId: number }) {
  const { t } = useTranslation();
  const employer = useEmployer(employerId);
  usePageTitle(employer.data?.name ?? t('employers.title'));
  return (
    <>
      <Link to="/registry/employers" className="back-link">
        <ArrowLeftOutlined /> {t('employers.back')}
      </Link>
      <QueryView query={employer} rows={8}>
        {(e) => <EmployerDetails employer={e} />}
      </QueryView>
    </>
  );
}

function EmployerDetails({ employer: e }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  const notDeclared = e.employees.filter((x) => declarationOf(x) !== 'declared').length;
  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {e.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('employers.taxCode')}: <span className="tabular">{e.taxCode}</span>
          </Typography.Text>
        </div>
      </div>
      <Flex vertical gap={16}>
        <Card size="small" title={<h2 className="card-heading">{t('employers.details')}</h2>}>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              {
                key: 'sector',
                label: t('employers.sectorLabel'),
                children: <SectorText sector={e.sector} />,
              },
              {
                key: 'commune',
                label: t('employers.commune'),
                children: `${e.commune.name} (${e.commune.code})`,
              },
              {
                key: 'status',
                label: t('employers.statusLabel'),
                children: <EmployerStatusTag status={e.status} />,
              },
              {
                key: 'reported',
                label: t('employers.reportedEmployees'),
                children: formatNumber(e.reportedEmployees),
              },
              {
                key: 'found',
                label: t('employers.employeesFound'),
                children: formatNumber(e.employees.length),
              },
              {
                key: 'flagged',
                label: t('employers.flagged'),
                children: <span data-testid="flagged-count">{formatNumber(notDeclared)}</span>,
              },
            ]}
          />
        </Card>
        <Card
          size="small"
          title={
            <h2 className="card-heading">{t('employers.employees', { date: formatDate(e.at) })}</h2>
          }
        >
          <EmployeesTable employees={e.employees} />
        </Card>
      </Flex>
    </>
  );
}
