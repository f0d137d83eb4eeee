// Two policies simulated on the same province, date and take-up: their figures side by side
// with the difference (B − A), then each one's charts and tables in its own column.
import { Card, Col, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../../app/format';
import { formatRate } from './format';
import type { Comparison, Simulation } from './policies.types';
import { SimulationResult } from './SimulationResult';

type Metric =
  | 'eligible'
  | 'eligibleUncovered'
  | 'expectedJoiners'
  | 'coverageRateAfter'
  | 'localCostPerYear'
  | 'stateCostPerYear';
const METRICS: { key: Metric; kind: 'count' | 'rate' | 'money' }[] = [
  { key: 'eligible', kind: 'count' },
  { key: 'eligibleUncovered', kind: 'count' },
  { key: 'expectedJoiners', kind: 'count' },
  { key: 'coverageRateAfter', kind: 'rate' },
  { key: 'localCostPerYear', kind: 'money' },
  { key: 'stateCostPerYear', kind: 'money' },
];

function show(kind: 'count' | 'rate' | 'money', value: number | undefined, signed = false): string {
  if (value === undefined) return '—';
  const sign = signed && value > 0 ? '+' : '';
  if (kind === 'money') return sign + formatMoney(value);
  if (kind === 'rate') return sign + formatRate(value);
  return sign + formatNumber(value);
}

export function ComparisonView({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const { a, b, difference } = comparison;
  const diff = (key: Metric) => (difference[key] as number | undefined) ?? b[key] - a[key];
  const rows = METRICS.map((m) => ({ ...m, a: a[m.key], b: b[m.key], d: diff(m.key) }));
  return (
    <Row gutter={[16, 16]} data-testid="sim-comparison">
      <Col span={24}>
        <Card size="small" title={t('contributions.sim.comparison')}>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={rows}
            columns={[
              {
                key: 'metric',
                title: '',
                render: (_, r) => t(`contributions.sim.metrics.${r.key}`),
              },
              {
                key: 'a',
                title: t('contributions.sim.policyA'),
                align: 'right',
                className: 'tabular',
                render: (_, r) => show(r.kind, r.a),
              },
              {
                key: 'b',
                title: t('contributions.sim.policyB'),
                align: 'right',
                className: 'tabular',
                render: (_, r) => show(r.kind, r.b),
              },
              {
                key: 'd',
                title: t('contributions.sim.difference'),
                align: 'right',
                className: 'tabular',
                render: (_, r) => show(r.kind, r.d, true),
              },
            ]}
          />
        </Card>
      </Col>
      {([a, b] as Simulation[]).map((result, index) => (
        <Col key={index} xs={24} xxl={12}>
          <Card
            size="small"
            title={index === 0 ? t('contributions.sim.policyA') : t('contributions.sim.policyB')}
          >
            <SimulationResult result={result} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
