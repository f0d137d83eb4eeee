// The rejection report of an import: line, column, code and reason in the UI language (the
// first rows), and the whole report as a CSV download.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { formatNumber } from '../../app/format';
import { LineErrorsTable } from '../../app/LineErrorsTable';
import { useErrorText } from '../../app/useErrorText';
import { REJECTIONS_SHOWN, useDownloadRejections, useRejections } from './imports.api';
import type { ImportJob, Rejection } from './imports.types';

export function RejectionsCard({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const rejections = useRejections(job);
  const download = useDownloadRejections();
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
          <LineErrorsTable<Rejection>
            testId="rejections-table"
            rows={rejections.data ?? []}
            reason={(r) => ({ en: r.reasonEn, vi: r.reasonVi })}
            pageSize={50}
            loading={rejections.isFetching}
            extraColumns={[
              { key: 'code', title: t('imports.code'), render: (_, r) => <code>{r.code}</code> },
            ]}
          />
        </>
      )}
    </Card>
  );
}
