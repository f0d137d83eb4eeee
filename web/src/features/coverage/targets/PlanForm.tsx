// Makes a target's monthly or weekly plan (replacing that kind's plan): a rate's plan starts
// from the locality's rate on 1 January, which the officer gives; a count's from 0.
import { Alert, Button, Flex, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/useErrorText';
import { useMakePlan } from './targets.api';
import type { PeriodKind, Target } from './targets.types';
import { ValueInput } from './ValueInput';

interface Values {
  periodKind: PeriodKind;
  startValue?: string | null;
}

export function PlanForm({ target }: { target: Target }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const make = useMakePlan(target.id);
  const rate = target.measure === 'coverage_rate';
  const submit = (v: Values) =>
    make.mutate({
      periodKind: v.periodKind,
      ...(v.startValue ? { startValue: Number(v.startValue) } : {}),
    });
  return (
    <Form<Values>
      name="plan"
      layout="vertical"
      className="target-plan-form"
      initialValues={{ periodKind: 'month' }}
      disabled={make.isPending}
      onFinish={submit}
    >
      <Flex wrap gap={16} align="flex-end">
        <Form.Item name="periodKind" label={t('targets.plan.periodKind')}>
          <Radio.Group
            options={(['month', 'week'] as const).map((k) => ({
              value: k,
              label: t(`targets.plan.kinds.${k}`),
            }))}
          />
        </Form.Item>
        {rate ? (
          <Form.Item
            name="startValue"
            label={t('targets.plan.startValue')}
            rules={[{ required: true, message: t('targets.plan.startRequired') }]}
          >
            <ValueInput measure="coverage_rate" testId="plan-start" />
          </Form.Item>
        ) : null}
        <Form.Item>
          <Button htmlType="submit" type="primary" loading={make.isPending} data-testid="plan-make">
            {t('targets.plan.make')}
          </Button>
        </Form.Item>
      </Flex>
      <p className="field-help">{t('targets.plan.replaceHint')}</p>
      {make.error ? <Alert type="error" showIcon title={errorText(make.error)} /> : null}
    </Form>
  );
}
