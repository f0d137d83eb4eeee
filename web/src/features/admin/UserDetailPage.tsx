// One user account: its details and actions, the roles it holds (and where), and its API
// tokens.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { NotFoundPage } from '../../app/NotFoundPage';
import { usePageTitle } from '../../app/usePageTitle';
import { AssignmentsCard } from './AssignmentsCard';
import { TokensCard } from './TokensCard';
import { UserInfoCard } from './UserInfoCard';
import { useUser } from './users.api';

export function UserDetailPage() {
  const { id } = useParams();
  const userId = Number(id);
  return Number.isSafeInteger(userId) && userId > 0 ? (
    <UserDetail userId={userId} />
  ) : (
    <NotFoundPage />
  );
}

function UserDetail({ userId }: { userId: number }) {
  const { t } = useTranslation();
  const user = useUser(userId);
  usePageTitle(user.data?.displayName ?? t('admin.users.title'));

  return (
    <>
      <Link to="/admin/users" className="back-link">
        <ArrowLeftOutlined /> {t('admin.user.back')}
      </Link>
      {user.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : user.isError ? (
        <ApiErrorAlert error={user.error} onRetry={() => void user.refetch()} />
      ) : (
        <>
          <div className="page-header">
            <div>
              <Typography.Title level={1} data-testid="page-heading">
                {user.data.displayName}
              </Typography.Title>
              <Typography.Text type="secondary">{user.data.username}</Typography.Text>
            </div>
          </div>
          <Flex vertical gap={16}>
            <UserInfoCard user={user.data} />
            <AssignmentsCard user={user.data} />
            <TokensCard userId={user.data.id} />
          </Flex>
        </>
      )}
    </>
  );
}
