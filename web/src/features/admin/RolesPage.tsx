// The standard roles: what each is for, the permissions it grants (described in the UI
// language) and whether it sees personal data, so an administrator knows what they give.
import { Col, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { usePageTitle } from '../../app/usePageTitle';
import { RoleCard } from './RoleCard';
import { usePermissionCatalogue, useRoles } from './roles.api';

export function RolesPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.roles.title'));
  const roles = useRoles();
  const catalogue = usePermissionCatalogue();
  const failed = roles.error ?? catalogue.error;
  const retry = () => void Promise.all([roles.refetch(), catalogue.refetch()]);

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('admin.roles.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('admin.roles.subtitle')}</Typography.Text>
        </div>
      </div>
      {failed ? (
        <ApiErrorAlert error={failed} onRetry={retry} />
      ) : !roles.data || !catalogue.data ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <Row gutter={[16, 16]}>
          {roles.data.items.map((role) => (
            <Col key={role.code} xs={24} xl={12}>
              <RoleCard role={role} catalogue={catalogue.data.items} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
