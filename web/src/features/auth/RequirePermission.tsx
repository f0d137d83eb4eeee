// Route guard for one permission. The menu already hides what the user may not open; this
// answers a typed or bookmarked address with a clear "no access" page instead of API errors.
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import type { Permission } from './auth.types';
import { usePermission } from './session';

export function RequirePermission({ permission }: { permission: Permission }) {
  return usePermission(permission) ? <Outlet /> : <ForbiddenPage />;
}

function ForbiddenPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('forbidden.title'));
  return (
    <Result
      status="403"
      data-testid="forbidden"
      title={<h1 className="result-title">{t('forbidden.title')}</h1>}
      subTitle={t('forbidden.subtitle')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
