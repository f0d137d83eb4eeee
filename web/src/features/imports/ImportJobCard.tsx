// An import's progress and outcome: status, rows read, rejected, inserted, updated and
// unchanged (refreshed every second while it runs), and why it stopped if it failed.
import { Alert, Card, Col, Descriptions, Progress, Row, Statistic, Tag } from 'antd';
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

function Count({ id, title, value }: { id: string; title: string; value: number }) {
  return (
    <Col xs={12} sm={8} md={4}>
      <Statistic
        title={title}
        value={value}
        groupSeparator="."
        valueRender={(node) => <span data-testid={`import-${id}`}>{node}</span>}
      />
    </Col>
  );
}

export function ImportJobCard({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const running = isRunning(job);
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
      <Row gutter={[16, 16]} className="import-counts">
        <Count id="read" title={t('imports.rowsRead')} value={job.rowsRead} />
        <Count id="rejected" title={t('imports.rowsRejected')} value={job.rowsRejected} />
        <Count id="inserted" title={t('imports.rowsInserted')} value={job.rowsInserted} />
        <Count id="updated" title={t('imports.rowsUpdated')} value={job.rowsUpdated} />
        <Count id="unchanged" title={t('imports.rowsUnchanged')} value={job.rowsUnchanged} />
      </Row>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'kind', label: t('imports.kind'), children: t(`imports.kinds.${job.kind}`) },
          {
            key: 'mode',
            label: t('imports.mode'),
            children: job.batchSize
              ? t('imports.batchOf', { n: formatNumber(job.batchSize) })
              : t('imports.wholeFile'),
          },
          {
            key: 'started',
            label: t('imports.startedAt'),
            children: formatDateTime(job.createdAt),
          },
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
