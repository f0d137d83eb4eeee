// Welcome page of users who may not read coverage (the others land on the coverage
// dashboard): what is available and what is coming.
import { EnvironmentOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isUpcoming, MODULES } from '../../app/modules';
import { usePageTitle } from '../../app/usePageTitle';
import { usePermission } from '../auth/session';

export function WelcomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('home.title'));
  const upcoming = MODULES.filter(isUpcoming);
  const canSeeLocalities = usePermission('geo.read');

  return (
    <>
      <Typography.Title level={1}>{t('home.heading')}</Typography.Title>
      <Typography.Paragraph className="home-intro">{t('home.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            title={
              <span>
                <EnvironmentOutlined /> {t('nav.localities')}
              </span>
            }
            extra={<Tag color="green">{t('home.available')}</Tag>}
          >
            <Typography.Paragraph>{t('home.localitiesDescription')}</Typography.Paragraph>
            {canSeeLocalities ? (
              <Button type="primary" onClick={() => navigate('/localities')}>
                {t('home.openLocalities')}
              </Button>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('home.upcomingTitle')} data-testid="home-upcoming">
            <Typography.Paragraph type="secondary">{t('home.upcomingNote')}</Typography.Paragraph>
            <ul className="home-upcoming-list">
              {upcoming.map((m) => (
                <li key={m.key}>
                  {t(m.labelKey)} <Tag>{t('app.comingSoon')}</Tag>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
      </Row>
    </>
  );
}
