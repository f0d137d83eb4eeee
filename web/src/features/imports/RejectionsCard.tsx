// The rejection report of an import: line, column, code and reason in the UI language (the
// first rows), and the whole report as a CSV download.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { formatNumber } from '../../app/format';
import { useErrorText } from '../../app/useErrorText';
import { REJECTIONS_SHOWN, useDownloadRejections, useRejections } from './imports.api';
import type { ImportJob, Rejection } from './imports.types';

export function RejectionsCard({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const rejections = useRejections(job);
  const download = useDownloadRejections();
  const english = i18n.resolvedLanguage === 'en';
  const columns: TableColumnsType<Rejection> = [
    { key: 'line', title: t('imports.line'), dataIndex: 'line', width: 80 },
    { key: 'field', title: t('imports.field'), render: (_, r) => <code>{r.field}</code> },
    {
      key: 'reason',
      title: t('imports.reason'),
      render: (_, r) => (english ? r.reasonEn : r.reasonVi),
    },
    { key: 'code', title: t('imports.code'), render: (_, r) => <code>{r.code}</code> },
  ];
  return (
    <Card
      size="small"
      data-testid="import-rejections"
      title={<h2 className="card-heading">{t('imports.rejections')}</h2>}
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={download.isPending}
          data-testid="download-rejections"
          onClick={() =>
            download.mutate(job.id, { onError: (error) => void message.error(errorText(error)) })
          }
        >
          {t('imports.download')}
        </Button>
      }
    >
      {rejections.isError ? (
        <ApiErrorAlert error={rejections.error} onRetry={() => void rejections.refetch()} />
      ) : (
        <>
          {rejections.data && rejections.data.length >= REJECTIONS_SHOWN ? (
            <Typography.Paragraph type="secondary">
              {t('imports.firstShown', { n: formatNumber(REJECTIONS_SHOWN) })}
            </Typography.Paragraph>
          ) : null}
          <Table<Rejection>
            size="small"
            data-testid="rejections-table"
            rowKey={(r, i) => `${r.line}-${r.field}-${r.code}-${i}`}
            columns={columns}
            dataSource={rejections.data ?? []}
            loading={rejections.isFetching}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          />
        </>
      )}
    </Card>
  );
}
