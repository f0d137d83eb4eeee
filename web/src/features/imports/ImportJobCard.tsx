// An import's progress and outcome: status, rows read, rejected, inserted, updated and
// unchanged (refreshed every second while it runs), and why it stopped if it failed.
import { Alert, Card, Descriptions, Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../app/format';
import { isRunning, type ImportJob, type ImportStatus } from './imports.types';

const COLORS: Record<ImportStatus, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  rejected: 'warning',
  failed: 'error',
};

export function ImportJobCard({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const running = isRunning(job);
  const count = (key: string, label: string, value: number) => ({
    key,
    label,
    children: <span data-testid={`import-${key}`}>{formatNumber(value)}</span>,
  });
  return (
    <Card
      size="small"
      data-testid="import-job"
      title={<h2 className="card-heading">{t('imports.job', { id: job.id })}</h2>}
      extra={
        <Tag color={COLORS[job.status]} data-testid="import-status">
          {t(`imports.status.${job.status}`)}
        </Tag>
      }
    >
      {running ? <Progress percent={100} status="active" showInfo={false} /> : null}
      {job.status === 'rejected' ? (
        <Alert type="warning" showIcon className="form-notice" title={t('imports.rejectedNote')} />
      ) : null}
      {job.error ? (
        <Alert
          type="error"
          showIcon
          className="form-notice"
          data-testid="import-error"
          title={i18n.resolvedLanguage === 'en' ? job.error.message : job.error.messageVi}
        />
      ) : null}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'kind', label: t('imports.kind'), children: t(`imports.kinds.${job.kind}`) },
          {
            key: 'mode',
            label: t('imports.mode'),
            children: job.batchSize
              ? t('imports.batchOf', { n: formatNumber(job.batchSize) })
              : t('imports.modes.file'),
          },
          {
            key: 'started',
            label: t('imports.startedAt'),
            children: formatDateTime(job.createdAt),
          },
          count('read', t('imports.rowsRead'), job.rowsRead),
          count('rejected', t('imports.rowsRejected'), job.rowsRejected),
          count('inserted', t('imports.rowsInserted'), job.rowsInserted),
          count('updated', t('imports.rowsUpdated'), job.rowsUpdated),
          count('unchanged', t('imports.rowsUnchanged'), job.rowsUnchanged),
          {
            key: 'finished',
            label: t('imports.finishedAt'),
            children: job.finishedAt ? formatDateTime(job.finishedAt) : '—',
          },
        ]}
      />
    </Card>
  );
}
