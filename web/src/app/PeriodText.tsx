// A validity period [from, to) as people read it: "01/01/2024 – 31/12/2024" (the last day, not
// the exclusive end), or "01/01/2024 – nay" while it is open.
import { useTranslation } from 'react-i18next';
import { dayBefore, formatDate } from './format';

export function PeriodText({ from, to }: { from: string; to: string | null }) {
  const { t } = useTranslation();
  return (
    <span className="period">
      {formatDate(from)} – {to ? formatDate(dayBefore(to)) : t('common.toDate')}
    </span>
  );
}
