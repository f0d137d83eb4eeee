// Persons in the registry within the user's scope: search by name (diacritics optional) or
// national ID, narrow to a province or commune, page through, and export what is shown as
// CSV for users allowed to. Filters live in the URL (?q=&unit=).
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { CursorPager } from '../../app/CursorPager';
import { useCursorPages } from '../../app/useCursorPages';
import { usePageTitle } from '../../app/usePageTitle';
import { usePermission } from '../auth/session';
import { ExportButton } from './ExportButton';
import { PersonFilterBar, UNIT_CODE } from './PersonFilterBar';
import { PersonsTable } from './PersonsTable';
import { usePersons } from './registry.api';
import type { PersonFilters } from './registry.types';

export function PersonsPage() {
  const { t } = useTranslation();
  usePageTitle(t('registry.persons.title'));
  const canExport = usePermission('registry.export');
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit') ?? '';
  const filters: PersonFilters = {
    q: params.get('q') ?? '',
    unitCode: UNIT_CODE.test(unit) ? unit : '',
  };
  const pages = useCursorPages(`${filters.q}|${filters.unitCode}`);
  const persons = usePersons(filters, pages.cursor);

  const apply = (next: PersonFilters) => {
    const search: Record<string, string> = {};
    if (next.q) search.q = next.q;
    if (next.unitCode) search.unit = next.unitCode;
    setParams(search);
  };

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('registry.persons.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('registry.persons.subtitle')}</Typography.Text>
        </div>
        {canExport ? <ExportButton filters={filters} /> : null}
      </div>
      <PersonFilterBar key={params.toString()} filters={filters} onApply={apply} />
      {persons.data?.items.some((p) => p.masked) ? (
        <Alert
          type="info"
          showIcon
          className="form-notice"
          title={t('registry.persons.maskedNote')}
        />
      ) : null}
      {persons.isError ? (
        <ApiErrorAlert error={persons.error} onRetry={() => void persons.refetch()} />
      ) : (
        <>
          <PersonsTable persons={persons.data?.items} loading={persons.isFetching} />
          <CursorPager
            page={pages.page}
            nextCursor={persons.data?.nextCursor}
            loading={persons.isFetching}
            onPrevious={pages.previous}
            onNext={pages.next}
          />
        </>
      )}
    </>
  );
}
