// An employer's status (active, suspended, dissolved) and its economic sector (VSIC section).
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EmployerStatus } from './employers.types';

const COLORS: Record<EmployerStatus, string> = {
  active: 'green',
  suspended: 'orange',
  dissolved: 'default',
};

export function EmployerStatusTag({ status }: { status: EmployerStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status] ?? 'default'}>{t(`employers.status.${status}`)}</Tag>;
}

// prettier-ignore
const SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P',
  'Q', 'R', 'S', 'T', 'U'] as const;
type Section = (typeof SECTIONS)[number];

function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

export function SectorText({ sector }: { sector: string }) {
  const { t } = useTranslation();
  if (!isSection(sector)) return <>{sector}</>;
  return (
    <>
      {sector} · {t(`employers.sector.${sector}`)}
    </>
  );
}
