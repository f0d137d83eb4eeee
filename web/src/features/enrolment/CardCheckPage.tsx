// Card check at a facility's reception (tra cứu thẻ BHYT): identifiers go in the request body,
// never in the address, and each check is logged by the server.
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { usePageTitle } from '../../app/usePageTitle';
import { CardCheckForm } from './CardCheckForm';
import { CardCheckResult } from './CardCheckResult';
import { useCardCheck } from './enrolment.api';

export function CardCheckPage() {
  const { t } = useTranslation();
  usePageTitle(t('cardCheck.title'));
  const check = useCardCheck();
  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('cardCheck.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('cardCheck.subtitle')}</Typography.Text>
        </div>
      </div>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={8}>
          <Card size="small">
            <CardCheckForm pending={check.isPending} onCheck={(request) => check.mutate(request)} />
          </Card>
        </Col>
        <Col xs={24} lg={16} aria-live="polite">
          {check.isError ? <ApiErrorAlert error={check.error} /> : null}
          {check.data && !check.isPending ? <CardCheckResult answer={check.data} /> : null}
        </Col>
      </Row>
    </>
  );
}
