// Local support policies (provincial top-ups): filter by issuing province, scheme, status and
// the date they are in force; open one to edit or simulate it. Filters live in the URL.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { isCivilDate } from '../../app/format';
import { usePageTitle } from '../../app/usePageTitle';
import { usePermission } from '../auth/session';
import { usePolicies } from './contributions.api';
import { SIMULATION_PERMISSION } from './permissions';
import { PoliciesTable } from './PoliciesTable';
import { PolicyFilterBar } from './PolicyFilterBar';
import type { PolicyFilters, PolicyScheme, PolicyStatus } from './policies.types';
import './contributions.css';

function readFilters(params: URLSearchParams): PolicyFilters {
  const province = params.get('province') ?? '';
  const scheme = params.get('scheme');
  const status = params.get('status');
  const at = params.get('at');
  return {
    province: /^\d{2}$/.test(province) ? province : '',
    scheme: scheme === 'hi' || scheme === 'vsi' ? (scheme as PolicyScheme) : '',
    status: ['draft', 'active', 'withdrawn'].includes(status ?? '') ? (status as PolicyStatus) : '',
    at: isCivilDate(at) ? at : '',
  };
}

export function PoliciesPage() {
  const { t } = useTranslation();
  usePageTitle(t('contributions.policies.title'));
  const canWrite = usePermission('policy.write');
  const canSimulate = usePermission(SIMULATION_PERMISSION);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const policies = usePolicies(filters);
  const apply = (next: PolicyFilters) => {
    const search: Record<string, string> = {};
    for (const [key, value] of Object.entries(next)) if (value) search[key] = value;
    setParams(search);
  };
  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('contributions.policies.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('contributions.policies.subtitle')}</Typography.Text>
        </div>
        {canWrite ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="policy-new"
            onClick={() => void navigate('/contributions/policies/new')}
          >
            {t('contributions.policies.new')}
          </Button>
        ) : null}
      </div>
      <PolicyFilterBar filters={filters} onApply={apply} />
      {policies.isError ? (
        <ApiErrorAlert error={policies.error} onRetry={() => void policies.refetch()} />
      ) : (
        <PoliciesTable
          policies={policies.data?.items}
          loading={policies.isFetching}
          canWrite={canWrite}
          canSimulate={canSimulate}
        />
      )}
    </>
  );
}
