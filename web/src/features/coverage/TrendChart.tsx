// Monthly participants (bars, left axis) and coverage rate (line, right axis) over this year and
// the last, with the year's target drawn as a line on the axis it is measured on.
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '../../app/format';
import type { Summary, TrendPoint } from './coverage.types';
import { formatMonth, formatPercent } from './format';

const compact = new Intl.NumberFormat('vi-VN', { notation: 'compact', maximumFractionDigits: 1 });
const BARS = '#9db8d6';
const RATE = '#0b5ea8';
const TARGET = '#d73027';

export function TrendChart({ trend, target }: { trend: TrendPoint[]; target: Summary['target'] }) {
  const { t } = useTranslation();
  if (trend.length === 0) return <Empty description={t('coverage.trend.empty')} />;
  const data = trend.map((p) => ({ ...p, label: formatMonth(p.month) }));
  const rateTarget = target?.measure === 'coverage_rate' ? target.value : null;
  const countTarget = target?.measure === 'participants' ? target.value : null;
  const rates = trend.flatMap((p) => (p.ratePercent === null ? [] : [p.ratePercent]));
  const hasRate = rates.length > 0;
  return (
    <div data-testid="trend-chart" role="img" aria-label={t('coverage.trend.title')}>
      <ResponsiveContainer width="100%" height={300}>
        <ComposedChart data={data} margin={{ left: 8, right: 8, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis yAxisId="count" tickFormatter={(v: number) => compact.format(v)} />
          {hasRate ? (
            <YAxis
              yAxisId="rate"
              orientation="right"
              domain={[
                (min: number) => Math.floor(Math.min(min, rateTarget ?? min) - 1),
                (max: number) => Math.ceil(Math.max(max, rateTarget ?? max) + 1),
              ]}
              tickFormatter={(v: number) => `${formatNumber(v)}%`}
            />
          ) : null}
          <Tooltip
            formatter={(value, name) =>
              name === t('coverage.trend.rate')
                ? formatPercent(Number(value))
                : formatNumber(Number(value))
            }
          />
          <Legend />
          <Bar
            yAxisId="count"
            dataKey="participants"
            name={t('coverage.trend.participants')}
            fill={BARS}
            isAnimationActive={false}
          />
          {hasRate ? (
            <Line
              yAxisId="rate"
              dataKey="ratePercent"
              name={t('coverage.trend.rate')}
              stroke={RATE}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          ) : null}
          {hasRate && rateTarget !== null ? (
            <ReferenceLine
              yAxisId="rate"
              y={rateTarget}
              stroke={TARGET}
              strokeDasharray="6 3"
              label={{
                value: `${t('coverage.trend.target')} ${formatPercent(rateTarget)}`,
                position: 'insideTopRight',
                fill: TARGET,
              }}
            />
          ) : null}
          {countTarget !== null ? (
            <ReferenceLine
              yAxisId="count"
              y={countTarget}
              stroke={TARGET}
              strokeDasharray="6 3"
              label={{
                value: `${t('coverage.trend.target')} ${formatNumber(countTarget)}`,
                position: 'insideTopRight',
                fill: TARGET,
              }}
            />
          ) : null}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
