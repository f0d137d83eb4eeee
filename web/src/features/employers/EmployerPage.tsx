// One employer: its details, and its employees with what it declared for them.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, DatePicker, Descriptions, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatNumber, isCivilDate } from '../../app/format';
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
  const [params, setParams] = useSearchParams();
  const atParam = params.get('at');
  const at = isCivilDate(atParam) ? atParam : null;
  const employer = useEmployer(employerId, at);
  usePageTitle(employer.data?.name ?? t('employers.title'));
  return (
    <>
      <Link to="/registry/employers" className="back-link">
        <ArrowLeftOutlined /> {t('employers.back')}
      </Link>
      <QueryView query={employer} rows={8}>
        {(e) => (
          <EmployerDetails
            employer={e}
            onDate={(date) => setParams(date ? { at: date } : {}, { replace: true })}
          />
        )}
      </QueryView>
    </>
  );
}

interface DetailsProps {
  employer: EmployerDetail;
  /** shows the employees at another date (null: today) */
  onDate: (date: string | null) => void;
}

function EmployerDetails({ employer: e, onDate }: DetailsProps) {
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
          title={<h2 className="card-heading">{t('employers.employees')}</h2>}
          extra={
            <label className="inline-field">
              <span>{t('employers.at')}</span>
              <DatePicker
                format="DD/MM/YYYY"
                allowClear={false}
                value={dayjs(e.at)}
                onChange={(date) => onDate(date ? date.format('YYYY-MM-DD') : null)}
              />
            </label>
          }
        >
          <EmployeesTable employees={e.employees} />
        </Card>
      </Flex>
    </>
  );
}
