// The roles a user holds, each with the area or organisation it covers and its validity;
// roles are added through a dialog and removed after a confirmation (the server ends a role
// that has been in effect today, so it stays listed as ended, and deletes one not yet begun).
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayInVietnam } from '../../app/format';
import { useErrorText } from '../../app/useErrorText';
import { useAssignmentText } from '../auth/assignmentText';
import type { Assignment } from '../auth/auth.types';
import { AddAssignmentModal } from './AddAssignmentModal';
import type { User } from './admin.types';
import { useRemoveAssignment } from './users.api';

export function AssignmentsCard({ user }: { user: User }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { roleName, scopeText } = useAssignmentText();
  const remove = useRemoveAssignment(user.id);
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<Assignment> = [
    { key: 'role', title: t('admin.assignments.role'), render: (_, a) => roleName(a) },
    { key: 'scope', title: t('admin.assignments.scope'), render: (_, a) => scopeText(a.scope) },
    {
      key: 'validFrom',
      title: t('admin.assignments.validFrom'),
      render: (_, a) => formatDate(a.validFrom),
    },
    {
      key: 'validTo',
      title: t('admin.assignments.validTo'),
      render: (_, a) => (a.validTo ? formatDate(a.validTo) : t('admin.assignments.noEnd')),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, a) =>
        a.validTo !== null && a.validTo <= todayInVietnam() ? (
          t('admin.assignments.ended')
        ) : (
          <Popconfirm
            title={t('admin.assignments.confirmRemove', { role: roleName(a) })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              remove.mutate(a.id, {
                onSuccess: () => void message.success(t('admin.assignments.removed')),
                onError: (error) => void message.error(errorText(error)),
              })
            }
          >
            <Button size="small" danger loading={remove.isPending && remove.variables === a.id}>
              {t('admin.assignments.remove')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Card
      size="small"
      title={<h2 className="card-heading">{t('admin.assignments.title')}</h2>}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('admin.assignments.add')}
        </Button>
      }
    >
      <Table<Assignment>
        data-testid="assignments-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={user.assignments}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('admin.assignments.empty') }}
      />
      <AddAssignmentModal userId={user.id} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
