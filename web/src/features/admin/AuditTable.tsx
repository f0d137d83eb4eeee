// Audit events, newest first; a row expands to show the recorded changes as JSON. More events
// are fetched with the keyset cursor when asked ("load more").
import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { formatDateTime, formatNumber } from '../../app/format';
import type { AuditEvent, AuditFilters } from './admin.types';
import { useAuditEvents } from './audit.api';

/** Something worth expanding: a non-empty object or array, or any other recorded value. */
function hasChanges({ changes }: AuditEvent): boolean {
  if (changes === null || changes === undefined) return false;
  return typeof changes !== 'object' || Object.keys(changes).length > 0;
}

export function AuditTable({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation();
  const events = useAuditEvents(filters);
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];

  const columns: TableColumnsType<AuditEvent> = [
    {
      key: 'time',
      title: t('admin.audit.time'),
      render: (_, e) => <span className="nowrap">{formatDateTime(e.occurredAt)}</span>,
    },
    {
      key: 'actor',
      title: t('admin.audit.actor'),
      render: (_, e) => (
        <>
          {e.actor} <Tag>{t(`admin.audit.actorKind.${e.actorKind}`)}</Tag>
        </>
      ),
    },
    { key: 'action', title: t('admin.audit.action'), render: (_, e) => <code>{e.action}</code> },
    { key: 'entity', title: t('admin.audit.entity'), dataIndex: 'entity' },
    { key: 'entityId', title: t('admin.audit.entityId'), render: (_, e) => e.entityId ?? '—' },
    { key: 'ip', title: t('admin.audit.ip'), render: (_, e) => e.ip ?? '—' },
    {
      key: 'requestId',
      title: t('errors.requestId'),
      render: (_, e) =>
        e.requestId ? (
          <Typography.Text copyable={{ text: e.requestId }}>
            {e.requestId.slice(0, 8)}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];

  if (events.isError && items.length === 0) {
    return <ApiErrorAlert error={events.error} onRetry={() => void events.refetch()} />;
  }
  return (
    <>
      <Table<AuditEvent>
        data-testid="audit-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={events.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('admin.audit.empty') }}
        expandable={{
          rowExpandable: hasChanges,
          expandedRowRender: (e) => (
            <pre className="audit-changes">{JSON.stringify(e.changes, null, 2)}</pre>
          ),
        }}
      />
      {events.isFetchNextPageError ? (
        <ApiErrorAlert error={events.error} onRetry={() => void events.fetchNextPage()} />
      ) : null}
      <Flex justify="space-between" align="center" className="cursor-pager">
        <Typography.Text type="secondary" data-testid="audit-count">
          {t('admin.audit.shown', { n: formatNumber(items.length) })}
        </Typography.Text>
        {events.hasNextPage ? (
          <Button loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
            {t('admin.audit.loadMore')}
          </Button>
        ) : null}
      </Flex>
    </>
  );
}
