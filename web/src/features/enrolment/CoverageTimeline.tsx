// A person's coverage periods, one timeline per scheme (BHXH bắt buộc, BHXH tự nguyện, BHYT,
// BHTN, TNLĐ-BNN), newest first; an open period reads "to date".
import { Card, Col, Row, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { PeriodText } from '../../app/PeriodText';
import { SCHEMES, type CoveragePeriod } from './enrolment.types';
import { useGroupLabel } from './groups';

function PeriodItem({ period }: { period: CoveragePeriod }) {
  const { t } = useTranslation();
  const groupLabel = useGroupLabel();
  return (
    <div data-testid="coverage-period">
      <Typography.Text strong>
        <PeriodText from={period.validFrom} to={period.validTo} />
      </Typography.Text>
      <div>{groupLabel(period.groupCode)}</div>
      <Typography.Text type="secondary">
        {t('enrolment.payerLabel')}: {t(`enrolment.payer.${period.payer}`)}
        {period.employer ? ` · ${period.employer.name} (${period.employer.taxCode})` : ''}
      </Typography.Text>
      {period.contributionSalary !== null ? (
        <div>
          {t('enrolment.contributionSalary')}:{' '}
          <span className="money">{formatMoney(period.contributionSalary)}</span>
        </div>
      ) : null}
    </div>
  );
}

export function CoverageTimeline({ periods }: { periods: CoveragePeriod[] }) {
  const { t } = useTranslation();
  const schemes = SCHEMES.filter((s) => periods.some((p) => p.scheme === s));
  return (
    <Card
      size="small"
      data-testid="coverage-timeline"
      title={<h2 className="card-heading">{t('enrolment.timeline.title')}</h2>}
    >
      {schemes.length === 0 ? (
        <Typography.Text type="secondary">{t('enrolment.timeline.empty')}</Typography.Text>
      ) : (
        <Row gutter={[24, 16]}>
          {schemes.map((scheme) => (
            <Col key={scheme} xs={24} md={12} xl={8} data-testid={`coverage-${scheme}`}>
              <h3 className="scheme-heading">{t(`enrolment.scheme.${scheme}`)}</h3>
              <Timeline
                items={periods
                  .filter((p) => p.scheme === scheme)
                  .sort((a, b) => b.validFrom.localeCompare(a.validFrom))
                  .map((p) => ({
                    key: p.id,
                    color: p.validTo === null ? 'green' : 'gray',
                    content: <PeriodItem period={p} />,
                  }))}
              />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
