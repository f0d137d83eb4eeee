// A child's standing against its target: on target, below, or unknown (no rate or no target).
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildStatus } from './coverage.types';

const COLORS: Record<ChildStatus, string> = { above: 'blue', below: 'orange', unknown: 'default' };

export function StatusTag({ status }: { status: ChildStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`coverage.status.${status}`)}
    </Tag>
  );
}
