// Account details and the account actions.
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { User } from './admin.types';
import { UserActions } from './UserActions';
import { UserStatusTags } from './UserStatusTags';

export function UserInfoCard({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={<h2 className="card-heading">{t('admin.user.account')}</h2>}
      extra={<UserActions user={user} />}
    >
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'username', label: t('admin.users.username'), children: user.username },
          { key: 'displayName', label: t('admin.users.displayName'), children: user.displayName },
          {
            key: 'status',
            label: t('admin.users.status'),
            children: <UserStatusTags user={user} />,
          },
          {
            key: 'createdAt',
            label: t('admin.user.createdAt'),
            children: formatDateTime(user.createdAt),
          },
          {
            key: 'lastLogin',
            label: t('admin.users.lastLogin'),
            children: user.lastLoginAt
              ? formatDateTime(user.lastLoginAt)
              : t('admin.users.neverSignedIn'),
          },
        ]}
      />
    </Card>
  );
}
