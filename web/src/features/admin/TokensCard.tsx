// API tokens of a user, for programs that call the API on their behalf: when each expires and
// was last used, and a way to revoke one at once.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { formatDate, formatDateTime, todayInVietnam } from '../../app/format';
import { useErrorText } from '../../app/useErrorText';
import type { Token } from './admin.types';
import { CreateTokenModal } from './CreateTokenModal';
import { useRevokeToken, useTokens } from './tokens.api';

function TokenStatus({ token }: { token: Token }) {
  const { t } = useTranslation();
  if (token.revokedAt) return <Tag>{t('admin.tokens.revoked')}</Tag>;
  // a token is valid through its expiry day (Vietnam's calendar)
  if (token.expiresOn < todayInVietnam())
    return <Tag color="orange">{t('admin.tokens.expired')}</Tag>;
  return <Tag color="green">{t('admin.tokens.active')}</Tag>;
}

export function TokensCard({ userId }: { userId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const tokens = useTokens(userId);
  const revoke = useRevokeToken(userId);
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<Token> = [
    { key: 'name', title: t('admin.tokens.name'), dataIndex: 'name' },
    {
      key: 'prefix',
      title: t('admin.tokens.prefix'),
      render: (_, token) => <code>{token.prefix}…</code>,
    },
    {
      key: 'status',
      title: t('admin.users.status'),
      render: (_, token) => <TokenStatus token={token} />,
    },
    {
      key: 'expiresOn',
      title: t('admin.tokens.expiresOn'),
      render: (_, token) => formatDate(token.expiresOn),
    },
    {
      key: 'lastUsed',
      title: t('admin.tokens.lastUsed'),
      render: (_, token) =>
        token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('admin.tokens.neverUsed'),
    },
    {
      key: 'createdAt',
      title: t('admin.user.createdAt'),
      render: (_, token) => formatDateTime(token.createdAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, token) =>
        token.revokedAt ? null : (
          <Popconfirm
            title={t('admin.tokens.confirmRevoke', { name: token.name })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              revoke.mutate(token.id, {
                onSuccess: () => void message.success(t('admin.tokens.revokedDone')),
                onError: (error) => void message.error(errorText(error)),
              })
            }
          >
            <Button size="small" danger loading={revoke.isPending && revoke.variables === token.id}>
              {t('admin.tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Card
      size="small"
      title={<h2 className="card-heading">{t('admin.tokens.title')}</h2>}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('admin.tokens.create')}
        </Button>
      }
    >
      {tokens.isError ? (
        <ApiErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : (
        <Table<Token>
          data-testid="tokens-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={tokens.data?.items ?? []}
          loading={tokens.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('admin.tokens.empty') }}
        />
      )}
      <CreateTokenModal userId={userId} open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
