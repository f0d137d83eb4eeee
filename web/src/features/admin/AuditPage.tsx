// The audit trail: who did what to which record, and when. Filters live in the URL so an
// investigation can be shared; events load page after page, newest first.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isCivilDate } from '../../app/format';
import { usePageTitle } from '../../app/usePageTitle';
import type { AuditFilters } from './admin.types';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';

const TEXT_FILTERS = ['actor', 'action', 'entity', 'entityId'] as const;

function filtersOf(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of TEXT_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const from = params.get('from');
  const to = params.get('to');
  if (isCivilDate(from)) filters.from = from;
  if (isCivilDate(to)) filters.to = to;
  return filters;
}

function toParams(filters: AuditFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.audit.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('admin.audit.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('admin.audit.subtitle')}</Typography.Text>
        </div>
      </div>
      <AuditFilterForm
        key={params.toString()}
        filters={filters}
        onApply={(next) => setParams(toParams(next))}
      />
      <AuditTable filters={filters} />
    </>
  );
}
