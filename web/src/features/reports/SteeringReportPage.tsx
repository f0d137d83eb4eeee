// "Báo cáo Ban Chỉ đạo": the monthly coverage report of a locality for its steering committee.
// Choose the locality, month and schemes; the server makes the XLSX and the PDF while the page
// shows its progress; then save either file. The run id stays in the address (?run=) so the
// page can be reloaded while it runs.
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { QueryView } from '../../app/QueryView';
import { usePageTitle } from '../../app/usePageTitle';
import { ReportForm } from './ReportForm';
import { ReportRunCard } from './ReportRunCard';
import { useReportJob, useStartReport } from './reports.api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function SteeringReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('reports.title'));
  const [params, setParams] = useSearchParams();
  const run = params.get('run');
  const runId = run && UUID.test(run) ? run : null;
  const start = useStartReport();
  const job = useReportJob(runId);

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('reports.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('reports.subtitle')}</Typography.Text>
        </div>
      </div>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={9}>
          <Card size="small">
            <ReportForm
              pending={start.isPending}
              onStart={(request) =>
                start.mutate(request, { onSuccess: (started) => setParams({ run: started.id }) })
              }
            />
            {start.isError ? (
              <ApiErrorAlert error={start.error} title={t('reports.startFailed')} />
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          {runId !== null ? (
            <QueryView query={job}>{(data) => <ReportRunCard job={data} />}</QueryView>
          ) : (
            <Typography.Paragraph type="secondary" data-testid="report-empty">
              {t('reports.empty')}
            </Typography.Paragraph>
          )}
        </Col>
      </Row>
    </>
  );
}
