// User accounts: search by name, filter by status, page through the server's list, create an
// account. Search and status live in the URL so a filtered list can be bookmarked.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { CursorPager } from '../../app/CursorPager';
import { useCursorPages } from '../../app/useCursorPages';
import { usePageTitle } from '../../app/usePageTitle';
import type { UserStatus } from './admin.types';
import { CreateUserModal } from './CreateUserModal';
import { useUsers } from './users.api';
import { UsersTable } from './UsersTable';

function statusParam(value: string | null): UserStatus | '' {
  return value === 'active' || value === 'disabled' ? value : '';
}

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.users.title'));
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = statusParam(params.get('status'));
  const pages = useCursorPages(`${q}|${status}`);
  const users = useUsers({ q, status, cursor: pages.cursor });
  const [creating, setCreating] = useState(false);

  const setFilter = (name: 'q' | 'status', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('admin.users.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('admin.users.subtitle')}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('admin.users.create')}
        </Button>
      </div>
      <Flex wrap gap={16} className="filters">
        <div className="filter-search">
          <label htmlFor="user-search" className="field-label">
            {t('admin.users.search')}
          </label>
          <Input.Search
            id="user-search"
            key={q}
            allowClear
            defaultValue={q}
            onSearch={(value) => setFilter('q', value.trim())}
          />
        </div>
        <div>
          <label htmlFor="user-status" className="field-label">
            {t('admin.users.status')}
          </label>
          <Select<UserStatus | ''>
            id="user-status"
            className="filter-select"
            value={status}
            onChange={(value) => setFilter('status', value)}
            options={[
              { value: '', label: t('admin.users.allStatuses') },
              { value: 'active', label: t('admin.status.active') },
              { value: 'disabled', label: t('admin.status.disabled') },
            ]}
          />
        </div>
      </Flex>
      {users.isError ? (
        <ApiErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <>
          <UsersTable users={users.data?.items} loading={users.isFetching} />
          <CursorPager
            page={pages.page}
            nextCursor={users.data?.nextCursor}
            loading={users.isFetching}
            onPrevious={pages.previous}
            onNext={pages.next}
          />
        </>
      )}
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => void navigate(`/admin/users/${user.id}`)}
      />
    </>
  );
}
