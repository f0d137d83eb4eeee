// Who the participants are at the end of the month: by participant group, sex and age band
// (counts from the breakdown endpoint; aggregates, no person).
import { Card, Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../app/format';
import { useGroupLabel } from '../enrolment/groups';
import type { Breakdown, BreakdownItem } from './coverage.types';

const compact = new Intl.NumberFormat('vi-VN', { notation: 'compact', maximumFractionDigits: 1 });

interface ChartProps {
  id: string;
  title: string;
  items: BreakdownItem[];
  /** the full label (tooltip); the axis shows `short` when given */
  label: (key: string) => string;
  short?: (key: string) => string;
  vertical?: boolean;
}

function BreakdownChart({ id, title, items, label, short, vertical }: ChartProps) {
  const { t } = useTranslation();
  const data = items.map((i) => ({ ...i, label: (short ?? label)(i.key), full: label(i.key) }));
  return (
    <Card size="small" title={title} data-testid={`breakdown-${id}`}>
      {data.length === 0 ? (
        <Empty description={t('coverage.breakdown.empty')} />
      ) : (
        <div role="img" aria-label={title}>
          <ResponsiveContainer
            width="100%"
            height={vertical ? Math.max(160, data.length * 26 + 40) : 220}
          >
            <BarChart
              data={data}
              layout={vertical ? 'vertical' : 'horizontal'}
              margin={{ left: 8, right: 16 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              {vertical ? (
                <>
                  <XAxis type="number" tickFormatter={(v: number) => compact.format(v)} />
                  <YAxis type="category" dataKey="label" width={48} interval={0} />
                </>
              ) : (
                <>
                  <XAxis dataKey="label" interval={0} />
                  <YAxis tickFormatter={(v: number) => compact.format(v)} />
                </>
              )}
              <Tooltip
                labelFormatter={(_, payload) => payload[0]?.payload.full ?? ''}
                formatter={(value) => formatNumber(Number(value))}
              />
              <Bar dataKey="participants" name={title} fill="#0b5ea8" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </Card>
  );
}

export function BreakdownCharts({ breakdown }: { breakdown: Breakdown }) {
  const { t } = useTranslation();
  const groupLabel = useGroupLabel();
  const sexLabel = (key: string) =>
    key === 'male' || key === 'female' ? t(`coverage.breakdown.${key}`) : key;
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={12}>
        <BreakdownChart
          id="group"
          title={t('coverage.breakdown.group')}
          items={breakdown.group}
          label={groupLabel}
          short={(code) => code}
          vertical
        />
      </Col>
      <Col xs={24} md={8} xl={4}>
        <BreakdownChart
          id="sex"
          title={t('coverage.breakdown.sex')}
          items={breakdown.sex}
          label={sexLabel}
        />
      </Col>
      <Col xs={24} md={16} xl={8}>
        <BreakdownChart
          id="age"
          title={t('coverage.breakdown.ageBand')}
          items={breakdown.ageBand}
          label={(k) => k}
        />
      </Col>
    </Row>
  );
}
