// Why a figure is missing, in words, so no blank or wrong number is ever shown: no facts
// compiled for the month, no denominator for the year, or no target.
import { useTranslation } from 'react-i18next';
import { formatPercent } from './format';

interface RateInputs {
  participants: number | null;
  denominator: number | null;
  ratePercent: number | null;
}

export function useRateText() {
  const { t } = useTranslation();
  return (x: RateInputs): string =>
    formatPercent(x.ratePercent) ??
    (x.participants === null
      ? t('coverage.unknown.participants')
      : t('coverage.unknown.denominator'));
}
