// One page of user accounts: name (links to the user's page), status, roles, last sign-in and
// the account actions.
import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useAssignmentText } from '../auth/assignmentText';
import type { User } from './admin.types';
import { UserActions } from './UserActions';
import { UserStatusTags } from './UserStatusTags';

interface Props {
  users: User[] | undefined;
  loading: boolean;
}

export function UsersTable({ users, loading }: Props) {
  const { t } = useTranslation();
  const { roleName } = useAssignmentText();
  const columns: TableColumnsType<User> = [
    {
      key: 'username',
      title: t('admin.users.username'),
      render: (_, user) => (
        <Link to={`/admin/users/${user.id}`} data-testid={`user-link-${user.username}`}>
          {user.username}
        </Link>
      ),
    },
    { key: 'displayName', title: t('admin.users.displayName'), dataIndex: 'displayName' },
    {
      key: 'status',
      title: t('admin.users.status'),
      render: (_, user) => <UserStatusTags user={user} />,
    },
    {
      key: 'roles',
      title: t('admin.users.roles'),
      render: (_, user) =>
        user.assignments.map((a) => (
          <Tag key={a.id} className="role-tag">
            {roleName(a)}
          </Tag>
        )),
    },
    {
      key: 'lastLogin',
      title: t('admin.users.lastLogin'),
      render: (_, user) =>
        user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('admin.users.neverSignedIn'),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, user) => <UserActions user={user} size="small" />,
    },
  ];
  return (
    <Table<User>
      data-testid="users-table"
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={users ?? []}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('admin.users.empty') }}
    />
  );
}
