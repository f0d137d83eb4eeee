// Status of an account at a glance: active or disabled, locked after failed sign-ins, and
// whether the user must choose a new password at the next sign-in.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from './admin.types';

export function UserStatusTags({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={user.status === 'active' ? 'green' : 'default'}>
        {t(`admin.status.${user.status}`)}
      </Tag>
      {user.locked ? <Tag color="red">{t('admin.status.locked')}</Tag> : null}
      {user.mustChangePassword ? (
        <Tag color="orange">{t('admin.status.mustChangePassword')}</Tag>
      ) : null}
    </>
  );
}
