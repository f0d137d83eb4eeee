// The refused lines of an import: line (the CSV line or the spreadsheet row; 1 is the header),
// column and reason in the UI language.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportLineError } from './targets.types';

export function ImportErrorsTable({ errors }: { errors: ImportLineError[] }) {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  return (
    <Table<ImportLineError>
      size="small"
      data-testid="import-errors"
      rowKey={(r, i) => `${r.line}-${r.field}-${i}`}
      dataSource={errors}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { key: 'line', title: t('targets.import.line'), dataIndex: 'line', width: 80 },
        {
          key: 'field',
          title: t('targets.import.field'),
          render: (_, r) => (r.field ? <code>{r.field}</code> : '—'),
        },
        {
          key: 'message',
          title: t('targets.import.reason'),
          render: (_, r) => (english ? r.message : r.messageVi),
        },
      ]}
    />
  );
}
