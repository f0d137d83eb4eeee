// Year-end forecast: participants expected in December with its interval and rate, and the
// persons to add each remaining month to reach the target.
import { Card, Col, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Forecast } from './coverage.types';
import { formatCount, formatPercent } from './format';

export function ForecastCard({ forecast: f, year }: { forecast: Forecast | null; year: number }) {
  const { t } = useTranslation();
  const value = f
    ? t('coverage.persons', { value: formatCount(f.participants) })
    : t('coverage.unknown.forecast');
  const lines = f
    ? [
        f.low !== null && f.high !== null
          ? t('coverage.forecastRange', { low: formatCount(f.low), high: formatCount(f.high) })
          : null,
        f.ratePercent !== null
          ? t('coverage.forecastRate', { rate: formatPercent(f.ratePercent) })
          : null,
        f.personsNeededPerMonth === null
          ? null
          : f.personsNeededPerMonth === 0
            ? t('coverage.targetReached')
            : t('coverage.neededPerMonth', {
                persons: formatCount(f.personsNeededPerMonth),
                months: f.monthsLeft,
              }),
        t(`coverage.forecastBasis.${f.basis}` as 'coverage.forecastBasis.this-year', {
          defaultValue: f.basis,
        }),
      ].filter((line): line is string => line !== null)
    : [];
  return (
    <Col xs={24} sm={12} xl={6}>
      <Card size="small" className="coverage-card" data-testid="card-forecast">
        <Statistic
          title={t('coverage.cards.forecast', { year: f?.year ?? year })}
          value={value}
          valueRender={() => <span data-testid="figure-forecast">{value}</span>}
        />
        {lines.map((line) => (
          <Typography.Text key={line} type="secondary" className="coverage-card-line">
            {line}
          </Typography.Text>
        ))}
      </Card>
    </Col>
  );
}
