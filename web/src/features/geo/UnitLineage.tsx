// Where a unit came from and where it went: the units merged into it (e.g. the old provinces
// that form a province since 01/07/2025) and, for a unit that ended, its successors.
import { Alert, Skeleton } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { formatDate, formatShare } from '../../app/format';
import { usePredecessors, useSuccessors } from './geo.api';
import type { AdminUnit } from './geo.types';
import { LineageTable } from './LineageTable';

interface MergedFromProps {
  unit: AdminUnit;
  at: string;
  onOpen: (code: string, date: string) => void;
}

export function MergedFrom({ unit, at, onOpen }: MergedFromProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const predecessors = usePredecessors(unit, at);
  if (predecessors.isPending) return <Skeleton active title={false} paragraph={{ rows: 2 }} />;
  if (predecessors.isError) {
    return <ApiErrorAlert error={predecessors.error} onRetry={() => void predecessors.refetch()} />;
  }
  // Units that were not formed from others (or whose origin is not recorded) show nothing.
  if (predecessors.data.items.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="lineage" data-testid="merged-from">
      <h3 id={headingId} className="lineage-heading">
        {unit.level === 'province' ? t('geo.merged.provinces') : t('geo.merged.units')}
      </h3>
      <LineageTable items={predecessors.data.items} onOpen={onOpen} />
    </section>
  );
}

interface SuccessorListProps {
  unit: AdminUnit;
  onOpen: (code: string, date: string) => void;
}

export function SuccessorList({ unit, onOpen }: SuccessorListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const successors = useSuccessors(unit);
  if (successors.isPending) return <Skeleton active title={false} paragraph={{ rows: 2 }} />;
  if (successors.isError) {
    return <ApiErrorAlert error={successors.error} onRetry={() => void successors.refetch()} />;
  }
  const { items, unallocatedShare } = successors.data;
  return (
    <section aria-labelledby={headingId} className="lineage" data-testid="successors">
      <h3 id={headingId} className="lineage-heading">
        {t('geo.successors.title', { date: formatDate(unit.validUntil) })}
      </h3>
      {items.length === 0 ? (
        <Alert type="info" showIcon title={t('geo.successors.none')} />
      ) : (
        <LineageTable items={items} onOpen={onOpen} />
      )}
      {Number(unallocatedShare) > 0 ? (
        <Alert
          type="warning"
          showIcon
          className="lineage-note"
          title={t('geo.successors.unallocated', { share: formatShare(unallocatedShare) })}
        />
      ) : null}
    </section>
  );
}
