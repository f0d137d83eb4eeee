// What would a support policy cost and whom would it reach? Pick a province, a stored policy
// (?policy= from the list) or a draft, the reference date and the share of the uncovered
// eligible expected to join; see the headline figures, charts and tables, compare with a
// second policy side by side, or export the result to Excel.
import { App, Col, Empty, Form, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { todayInVietnam } from '../../app/format';
import { usePageTitle } from '../../app/usePageTitle';
import { useErrorText } from '../../app/useErrorText';
import { ComparisonView } from './ComparisonView';
import type { PolicyRef, SimulationRequest } from './policies.types';
import type { PolicyValues } from './policyForm';
import { resolvePolicy } from './PolicySource';
import { useComparison, useSimulation, useSimulationXlsx } from './simulation.api';
import { SimulationResult } from './SimulationResult';
import { SimulationSetup, type SetupState } from './SimulationSetup';
import { takeUpForApi } from './takeUp';
import './contributions.css';

export function SimulationPage() {
  const { t } = useTranslation();
  usePageTitle(t('contributions.sim.title'));
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const preset = Number(params.get('policy'));
  const [state, setState] = useState<SetupState>(() => ({
    provinceCode: undefined,
    at: todayInVietnam(),
    takeUpPercent: 60,
    a: { mode: 'stored', policyId: Number.isSafeInteger(preset) && preset > 0 ? preset : null },
    compare: false,
    b: { mode: 'draft', policyId: null },
  }));
  const [showMissing, setShowMissing] = useState(false);
  const [formA] = Form.useForm<PolicyValues>();
  const [formB] = Form.useForm<PolicyValues>();
  const simulation = useSimulation();
  const comparison = useComparison();
  const xlsx = useSimulationXlsx();

  /** the request's parts, or null (and the missing fields shown) if something is missing */
  const collect = async (): Promise<{
    a: PolicyRef;
    b: PolicyRef | null;
    base: SimulationRequest;
  } | null> => {
    setShowMissing(true);
    const a = await resolvePolicy(state.a, formA);
    const b = state.compare ? await resolvePolicy(state.b, formB) : null;
    if (!state.provinceCode || !a || (state.compare && !b)) return null;
    const base = {
      provinceCode: state.provinceCode,
      at: state.at,
      takeUp: takeUpForApi(state.takeUpPercent),
    };
    return { a, b, base };
  };
  const run = async () => {
    const parts = await collect();
    if (!parts) return;
    if (parts.b) {
      simulation.reset();
      comparison.mutate({ a: parts.a, b: parts.b, ...parts.base });
    } else {
      comparison.reset();
      simulation.mutate({ ...parts.a, ...parts.base });
    }
  };
  const exportXlsx = async () => {
    const parts = await collect();
    if (!parts) return;
    const body = parts.b ? { a: parts.a, b: parts.b } : parts.a;
    xlsx.mutate(
      { ...body, ...parts.base },
      { onError: (error) => void message.error(errorText(error)) },
    );
  };

  const pending = simulation.isPending || comparison.isPending;
  const error = simulation.error ?? comparison.error;
  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('contributions.sim.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('contributions.sim.subtitle')}</Typography.Text>
        </div>
      </div>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={8}>
          <SimulationSetup
            state={state}
            onChange={(change) => setState((s) => ({ ...s, ...change }))}
            forms={{ a: formA, b: formB }}
            showMissing={showMissing}
            running={pending}
            exporting={xlsx.isPending}
            onRun={() => void run()}
            onExport={() => void exportXlsx()}
          />
        </Col>
        <Col xs={24} xl={16} aria-live="polite">
          {pending ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : error ? (
            <ApiErrorAlert error={error} title={t('contributions.sim.failed')} />
          ) : comparison.data ? (
            <ComparisonView comparison={comparison.data} />
          ) : simulation.data ? (
            <SimulationResult result={simulation.data} />
          ) : (
            <Empty description={t('contributions.sim.empty')} />
          )}
        </Col>
      </Row>
    </>
  );
}
