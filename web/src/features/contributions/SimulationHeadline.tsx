// The simulation's headline figures: who is eligible and uncovered, who is expected to join,
// coverage before → after, and what it costs the local and the state budget each year.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../../app/format';
import { formatRate } from './format';
import type { Simulation } from './policies.types';

function Figure({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <Col xs={12} md={8}>
      <Statistic
        title={title}
        value={text}
        formatter={() => (
          <span className="tabular" data-testid={`sim-${id}`}>
            {text}
          </span>
        )}
      />
    </Col>
  );
}

export function SimulationHeadline({ result }: { result: Simulation }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="sim-headline">
      <Row gutter={[16, 16]}>
        <Figure
          id="eligible"
          title={t('contributions.sim.eligible')}
          text={formatNumber(result.eligible)}
        />
        <Figure
          id="uncovered"
          title={t('contributions.sim.uncovered')}
          text={formatNumber(result.eligibleUncovered)}
        />
        <Figure
          id="joiners"
          title={t('contributions.sim.joiners')}
          text={formatNumber(result.expectedJoiners)}
        />
        <Figure
          id="coverage"
          title={t('contributions.sim.coverage')}
          text={`${formatRate(result.coverageRateBefore)} → ${formatRate(result.coverageRateAfter)}`}
        />
        <Figure
          id="local-cost"
          title={t('contributions.sim.localCost')}
          text={formatMoney(result.localCostPerYear)}
        />
        <Figure
          id="state-cost"
          title={t('contributions.sim.stateCost')}
          text={formatMoney(result.stateCostPerYear)}
        />
      </Row>
      <Typography.Paragraph
        type="secondary"
        className="contrib-sim-context"
        data-testid="sim-context"
      >
        {t('contributions.sim.context', {
          population: formatNumber(result.population),
          covered: formatNumber(result.covered),
          premium: formatMoney(result.premiumPerYear),
          takeUp: formatRate(result.takeUp),
        })}
      </Typography.Paragraph>
    </Card>
  );
}
