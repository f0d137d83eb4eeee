// "Chỉ tiêu bao phủ" (/coverage/targets): the coverage targets by year, scheme and locality
// code (filters in the address), each with its plan; users with targets.write create, edit and
// import them (the server keeps each to the user's area).
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../app/ApiErrorAlert';
import { usePageTitle } from '../../../app/usePageTitle';
import { usePermission } from '../../auth/session';
import { ImportTargetsModal } from './ImportTargetsModal';
import { PlanModal } from './PlanModal';
import { TargetFilterBar } from './TargetFilterBar';
import { TargetFormModal } from './TargetFormModal';
import { TargetsTable } from './TargetsTable';
import { useTargets } from './targets.api';
import { filterParams, readFilters } from './targetFilters';
import type { Target, TargetFilters } from './targets.types';
import './targets.css';

/** The form's state: closed, creating, or editing a target. */
type Editing = { target: Target | null } | null;

export function TargetsPage() {
  const { t } = useTranslation();
  usePageTitle(t('targets.title'));
  const canWrite = usePermission('targets.write');
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const targets = useTargets(filters);
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState(false);
  const [planOf, setPlanOf] = useState<Target | null>(null);
  const apply = (next: TargetFilters) => setParams(filterParams(next));
  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('targets.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('targets.subtitle')}</Typography.Text>
        </div>
        {canWrite ? (
          <Space>
            <Button
              icon={<UploadOutlined />}
              data-testid="target-import"
              onClick={() => setImporting(true)}
            >
              {t('targets.import.open')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="target-new"
              onClick={() => setEditing({ target: null })}
            >
              {t('targets.new')}
            </Button>
          </Space>
        ) : null}
      </div>
      <TargetFilterBar filters={filters} onApply={apply} />
      {targets.isError ? (
        <ApiErrorAlert error={targets.error} onRetry={() => void targets.refetch()} />
      ) : (
        <TargetsTable
          targets={targets.data?.items}
          loading={targets.isFetching}
          canWrite={canWrite}
          onEdit={(target) => setEditing({ target })}
          onPlan={setPlanOf}
        />
      )}
      {canWrite ? (
        <>
          <TargetFormModal
            open={editing !== null}
            target={editing?.target ?? null}
            onClose={() => setEditing(null)}
          />
          <ImportTargetsModal open={importing} onClose={() => setImporting(false)} />
        </>
      ) : null}
      <PlanModal target={planOf} canWrite={canWrite} onClose={() => setPlanOf(null)} />
    </>
  );
}
