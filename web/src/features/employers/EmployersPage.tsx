// Employers within the user's area: search by tax code or name (diacritics optional) and page
// through. The search lives in the URL (?q=).
import { Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { CursorPager } from '../../app/CursorPager';
import { useCursorPages } from '../../app/useCursorPages';
import { usePageTitle } from '../../app/usePageTitle';
import { useEmployers } from './employers.api';
import { EmployersTable } from './EmployersTable';

export function EmployersPage() {
  const { t } = useTranslation();
  usePageTitle(t('employers.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const pages = useCursorPages(q);
  const employers = useEmployers(q, pages.cursor);

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('employers.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('employers.subtitle')}</Typography.Text>
        </div>
      </div>
      <div className="filters filter-search">
        <label htmlFor="employer-search" className="field-label">
          {t('employers.search')}
        </label>
        <Input.Search
          key={q}
          id="employer-search"
          data-testid="employer-search"
          allowClear
          defaultValue={q}
          placeholder={t('employers.searchPlaceholder')}
          onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {})}
        />
      </div>
      {employers.isError ? (
        <ApiErrorAlert error={employers.error} onRetry={() => void employers.refetch()} />
      ) : (
        <>
          <EmployersTable employers={employers.data?.items} loading={employers.isFetching} />
          <CursorPager
            page={pages.page}
            nextCursor={employers.data?.nextCursor}
            loading={employers.isFetching}
            onPrevious={pages.previous}
            onNext={pages.next}
          />
        </>
      )}
    </>
  );
}
