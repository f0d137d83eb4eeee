import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { AdminUnit } from './geo.types';

/** Formats a validity period "01/07/2025 – nay" (or "– present" in English). */
export function useValidity() {
  const { t } = useTranslation();
  return (unit: Pick<AdminUnit, 'validFrom' | 'validUntil'>) =>
    `${formatDate(unit.validFrom)} – ${
      unit.validUntil ? formatDate(unit.validUntil) : t('geo.detail.present')
    }`;
}
