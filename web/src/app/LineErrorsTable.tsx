// The refused lines of an imported file: line (the CSV line or the spreadsheet row; 1 is the
// header), column and reason in the UI language, then any columns the caller adds.
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';

interface LineError {
  line: number;
  /** the column, '' for the whole line */
  field: string;
}

interface Props<T extends LineError> {
  testId: string;
  rows: T[];
  /** the reason in English and in Vietnamese */
  reason: (row: T) => { en: string; vi: string };
  pageSize: number;
  loading?: boolean;
  extraColumns?: TableColumnsType<T>;
}

export function LineErrorsTable<T extends LineError>(props: Props<T>) {
  const { testId, rows, reason, pageSize, loading, extraColumns = [] } = props;
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  return (
    <Table<T>
      size="small"
      data-testid={testId}
      rowKey={(r, i) => `${r.line}-${r.field}-${i}`}
      dataSource={rows}
      loading={loading}
      pagination={{ pageSize, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { key: 'line', title: t('common.line'), dataIndex: 'line', width: 80 },
        {
          key: 'field',
          title: t('common.column'),
          render: (_, r) => (r.field ? <code>{r.field}</code> : '—'),
        },
        {
          key: 'reason',
          title: t('common.reason'),
          render: (_, r) => (english ? reason(r).en : reason(r).vi),
        },
        ...extraColumns,
      ]}
    />
  );
}
