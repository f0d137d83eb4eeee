// A report run: its progress step by step while it is made (refreshed every second), why it
// failed, or the buttons that save its XLSX and PDF.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { formatDate, formatDateTime } from '../../app/format';
import { useDownloadReport } from './reports.api';
import { SCHEMES, type Scheme } from '../coverage/coverage.types';
import type { ReportFormat, ReportJob, ReportStatus } from './reports.types';

const COLORS: Record<ReportStatus, string> = {
  running: 'processing',
  done: 'success',
  failed: 'error',
};

const isScheme = (s: string | undefined): s is Scheme => SCHEMES.includes(s as Scheme);

const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

export function ReportRunCard({ job }: { job: ReportJob }) {
  const { t, i18n } = useTranslation();
  const download = useDownloadReport();
  const percent = Math.round((100 * job.progress.done) / job.progress.total);
  const save = (format: ReportFormat) => download.mutate({ job, format });
  // 'board:HI' while a scheme's figures are read, then 'xlsx', 'pdf' (see report.service.ts)
  const stepText = (step: string) => {
    const [kind, scheme] = step.split(':');
    if (kind === 'board' && isScheme(scheme))
      return t('reports.steps.board', { scheme: t(`coverage.schemes.${scheme}`) });
    return kind === 'xlsx' || kind === 'pdf'
      ? t(`reports.steps.${kind}`)
      : t('reports.steps.queued');
  };
  return (
    <Card
      size="small"
      data-testid="report-run"
      title={
        <h2 className="card-heading">
          {t('reports.runTitle', {
            locality: job.locality.name ?? job.locality.code,
            month: monthText(job.period),
          })}
        </h2>
      }
      extra={
        <Tag color={COLORS[job.status]} data-testid="report-status">
          {t(`reports.status.${job.status}`)}
        </Tag>
      }
    >
      <Flex vertical gap={12}>
        {job.status === 'running' ? (
          <div aria-live="polite">
            <Progress percent={percent} status="active" data-testid="report-progress" />
            <span data-testid="report-step">{stepText(job.progress.step)}</span>
          </div>
        ) : null}
        {job.error ? (
          <Alert
            type="error"
            showIcon
            data-testid="report-error"
            title={i18n.resolvedLanguage === 'en' ? job.error.message : job.error.messageVi}
          />
        ) : null}
        {job.status === 'done' ? (
          <Flex gap={8} wrap>
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              data-testid="report-download-xlsx"
              onClick={() => save('xlsx')}
              loading={download.isPending && download.variables?.format === 'xlsx'}
            >
              {t('reports.downloadXlsx')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              data-testid="report-download-pdf"
              onClick={() => save('pdf')}
              loading={download.isPending && download.variables?.format === 'pdf'}
            >
              {t('reports.downloadPdf')}
            </Button>
          </Flex>
        ) : null}
        {download.isError ? (
          <ApiErrorAlert error={download.error} title={t('reports.downloadFailed')} />
        ) : null}
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'at', label: t('reports.asOf'), children: formatDate(job.at) },
            {
              key: 'schemes',
              label: t('reports.schemes'),
              children: job.schemes.map((s) => t(`coverage.schemes.${s}`)).join(', '),
            },
            {
              key: 'started',
              label: t('reports.startedAt'),
              children: formatDateTime(job.createdAt),
            },
            {
              key: 'geography',
              label: t('reports.geography'),
              children: job.geography === 'as-is' ? t('reports.asIs') : t('reports.asWas'),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
