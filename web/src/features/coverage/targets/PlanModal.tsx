// A target's plan: its cumulative values by month and by ISO week (view), and for targets.write
// the form that makes (or remakes) one from the start-of-year value, evenly spread.
import { Empty, Modal, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../../app/QueryView';
import { PlanForm } from './PlanForm';
import { PlanTable } from './PlanTable';
import { formatTargetValue } from './targetFormat';
import { usePlans } from './targets.api';
import type { PeriodKind, Target } from './targets.types';

interface Props {
  target: Target | null;
  canWrite: boolean;
  onClose: () => void;
}

export function PlanModal({ target, canWrite, onClose }: Props) {
  const { t } = useTranslation();
  const plans = usePlans(target?.id ?? null);
  const title = target
    ? t('targets.plan.title', {
        locality: target.localityName,
        scheme: t(`coverage.schemes.${target.scheme}`),
        year: target.year,
        value: formatTargetValue(target),
      })
    : '';
  return (
    <Modal
      title={title}
      open={target !== null}
      width={760}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      {target && canWrite ? <PlanForm target={target} /> : null}
      <QueryView query={plans}>
        {(data) => {
          if (data.items.length === 0) return <Empty description={t('targets.plan.none')} />;
          const label = (kind: PeriodKind) => t(`targets.plan.kinds.${kind}`);
          return (
            <Tabs
              items={data.items.map((plan) => ({
                key: plan.periodKind,
                label: label(plan.periodKind),
                children: <PlanTable plan={plan} measure={target!.measure} />,
              }))}
            />
          );
        }}
      </QueryView>
    </Modal>
  );
}
