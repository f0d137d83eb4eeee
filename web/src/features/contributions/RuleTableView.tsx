// The rows of one rule table: its own fields, validity, legal reference, "unconfirmed" tag and
// note; add and edit buttons for users allowed to change rules.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { PeriodText } from '../../app/PeriodText';
import { usePermission } from '../auth/session';
import { useRuleRows } from './contributions.api';
import { RuleEditModal } from './RuleEditModal';
import { RuleFieldValue } from './RuleFieldValue';
import { RULE_FIELDS, type RuleRow, type RuleTableKey } from './rules.types';
import { UnconfirmedTag } from './RulesUsedList';
import { useLabel } from './useLabel';

export function RuleTableView({ table, at }: { table: RuleTableKey; at: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const canEdit = usePermission('policy.write');
  const rows = useRuleRows(table, at);
  const [editing, setEditing] = useState<RuleRow | 'new' | null>(null);

  const columns: TableColumnsType<RuleRow> = [
    ...RULE_FIELDS[table].map((field) => ({
      key: field.name,
      title: label('fields', field.name),
      align: field.kind === 'money' || field.kind === 'percent' ? ('right' as const) : undefined,
      render: (_: unknown, row: RuleRow) =>
        field.name === 'unitCode' ? (
          <span className="tabular">
            {String(row.unitCode)} · {String(row.unitName ?? '')}
          </span>
        ) : (
          <RuleFieldValue field={field} value={row[field.name]} />
        ),
    })),
    {
      key: 'validity',
      title: t('contributions.rules.validity'),
      render: (_, row) => <PeriodText from={row.validFrom} to={row.validTo} />,
    },
    {
      key: 'legalRef',
      title: t('contributions.legalRef'),
      render: (_, row) => (
        <>
          {row.legalRef} {row.confirmed ? null : <UnconfirmedTag />}
        </>
      ),
    },
    { key: 'note', title: t('contributions.note'), render: (_, row) => row.note ?? '' },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, row) => (
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={t('contributions.rules.editRow', { id: row.id })}
          onClick={() => setEditing(row)}
        />
      ),
    });
  }

  if (rows.isError) {
    return <ApiErrorAlert error={rows.error} onRetry={() => void rows.refetch()} />;
  }
  return (
    <Flex vertical gap={12}>
      {canEdit ? (
        <div>
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="rule-add">
            {t('contributions.rules.add')}
          </Button>
        </div>
      ) : null}
      <Table<RuleRow>
        size="small"
        data-testid={`rules-${table}`}
        rowKey="id"
        loading={rows.isFetching}
        dataSource={rows.data?.items}
        columns={columns}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty description={t('contributions.rules.empty')} /> }}
      />
      {editing ? (
        <RuleEditModal
          table={table}
          row={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Flex>
  );
}
