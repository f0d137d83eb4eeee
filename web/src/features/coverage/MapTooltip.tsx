// What a province's tooltip on the map says: its name, rate, target and gap (or why unknown).
import { useTranslation } from 'react-i18next';
import type { Child } from './coverage.types';
import { formatPercent, formatPoints } from './format';
import { useRateText } from './unknownText';

export function MapTooltip({ name, child }: { name: string; child: Child | undefined }) {
  const { t } = useTranslation();
  const rateText = useRateText();
  const gap = child?.gapPoints ?? null;
  const gapText =
    gap === null
      ? t('coverage.unknown.gap')
      : t(gap > 0 ? 'coverage.gapBelow' : 'coverage.gapAbove', {
          points: formatPoints(Math.abs(gap)),
        });
  return (
    <div data-testid="map-tooltip">
      <strong>{name}</strong>
      <div>
        {t('coverage.map.rate')}: {child ? rateText(child) : t('coverage.unknown.participants')}
      </div>
      <div>
        {t('coverage.map.target')}:{' '}
        {formatPercent(child?.targetPercent) ?? t('coverage.unknown.target')}
      </div>
      <div>
        {t('coverage.map.gap')}: {gapText}
      </div>
    </div>
  );
}
