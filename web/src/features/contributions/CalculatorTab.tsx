// One tab of the calculator: the situation's form beside its result (empty until the first
// calculation, a skeleton while it runs, the server's error if it is refused).
import { Card, Col, Empty, Row, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { CalculationResult } from './CalculationResult';
import { useCalculation } from './contributions.api';
import type { CalculationKind } from './contributions.types';

interface Props {
  kind: CalculationKind;
  form: (props: { pending: boolean; onCalculate: (body: object) => void }) => ReactNode;
}

export function CalculatorTab({ kind, form }: Props) {
  const { t } = useTranslation();
  const calculation = useCalculation(kind);
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={9}>
        <Card size="small">
          {form({
            pending: calculation.isPending,
            onCalculate: (body) => calculation.mutate(body),
          })}
        </Card>
      </Col>
      <Col xs={24} xl={15} aria-live="polite">
        {calculation.isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : calculation.isError ? (
          <ApiErrorAlert error={calculation.error} title={t('contributions.calc.failed')} />
        ) : calculation.data ? (
          <CalculationResult result={calculation.data} />
        ) : (
          <Empty description={t('contributions.calc.empty')} />
        )}
      </Col>
    </Row>
  );
}
