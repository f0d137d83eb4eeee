// One person's page: identity, health-insurance cards (the current one with its QR code),
// coverage timeline per scheme, household, status and residence history, and employment.
// Each part loads on its own, so a missing part does not hide the others.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { QueryView } from '../../app/QueryView';
import { usePageTitle } from '../../app/usePageTitle';
import { useTimeline } from '../enrolment/enrolment.api';
import { CoverageTimeline } from '../enrolment/CoverageTimeline';
import { HiCardsCard } from '../enrolment/HiCardsCard';
import { EmploymentsCard } from './EmploymentsCard';
import { ResidenceHistoryCard, StatusHistoryCard } from './HistoryCards';
import { HouseholdCard } from './HouseholdCard';
import { PersonIdentityCard } from './PersonIdentityCard';
import { usePerson, usePersonProfile } from './registry.api';

export function PersonPage() {
  const { id } = useParams();
  const personId = Number(id);
  return Number.isSafeInteger(personId) && personId > 0 ? (
    <PersonView key={personId} personId={personId} />
  ) : (
    <NotFoundPage />
  );
}

function PersonView({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const person = usePerson(personId);
  const timeline = useTimeline(personId);
  const profile = usePersonProfile(personId);
  usePageTitle(person.data?.fullName ?? t('registry.person.title'));

  return (
    <>
      <Link to="/registry/persons" className="back-link">
        <ArrowLeftOutlined /> {t('registry.person.back')}
      </Link>
      <QueryView query={person} rows={6}>
        {(p) => (
          <>
            <div className="page-header">
              <div>
                <Typography.Title level={1} data-testid="page-heading">
                  {p.fullName}
                </Typography.Title>
                <Typography.Text type="secondary">{t('registry.person.subtitle')}</Typography.Text>
              </div>
            </div>
            <Flex vertical gap={16}>
              <PersonIdentityCard person={p} />
              <QueryView query={timeline}>
                {(data) => (
                  <>
                    <HiCardsCard cards={data.cards} />
                    <CoverageTimeline periods={data.periods} />
                  </>
                )}
              </QueryView>
              <QueryView query={profile}>
                {(data) => (
                  <>
                    <HouseholdCard household={data.household} personId={personId} />
                    <Row gutter={[16, 16]}>
                      <Col xs={24} xl={12}>
                        <StatusHistoryCard statuses={data.statuses} />
                      </Col>
                      <Col xs={24} xl={12}>
                        <ResidenceHistoryCard residences={data.residences} />
                      </Col>
                    </Row>
                    <EmploymentsCard employments={data.employments} />
                  </>
                )}
              </QueryView>
            </Flex>
          </>
        )}
      </QueryView>
    </>
  );
}
