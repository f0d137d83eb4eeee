// Bulk import of registry files: choose the kind and the file, upload, follow the job until it
// ends, then read its counts and rejection report. The job id stays in the URL (?job=) so
// the page can be reloaded while an import runs.
import { Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { QueryView } from '../../app/QueryView';
import { usePageTitle } from '../../app/usePageTitle';
import { ImportForm } from './ImportForm';
import { useImportJob, useStartImport } from './imports.api';
import { ImportJobCard } from './ImportJobCard';
import { RejectionsCard } from './RejectionsCard';

export function ImportsPage() {
  const { t } = useTranslation();
  usePageTitle(t('imports.title'));
  const [params, setParams] = useSearchParams();
  const jobParam = Number(params.get('job'));
  const jobId = Number.isSafeInteger(jobParam) && jobParam > 0 ? jobParam : null;
  const start = useStartImport();
  const job = useImportJob(jobId);

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('imports.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('imports.subtitle')}</Typography.Text>
        </div>
      </div>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={9}>
          <Card size="small">
            <ImportForm
              pending={start.isPending}
              onStart={(request) =>
                start.mutate(request, {
                  onSuccess: (started) => setParams({ job: String(started.id) }),
                })
              }
            />
            {start.isError ? (
              <ApiErrorAlert error={start.error} title={t('imports.startFailed')} />
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={15} aria-live="polite">
          {jobId !== null ? (
            <QueryView query={job}>
              {(data) => (
                <Flex vertical gap={16}>
                  <ImportJobCard job={data} />
                  {data.rowsRejected > 0 &&
                  data.status !== 'running' &&
                  data.status !== 'queued' ? (
                    <RejectionsCard job={data} />
                  ) : null}
                </Flex>
              )}
            </QueryView>
          ) : null}
        </Col>
      </Row>
    </>
  );
}
