// The simulation's inputs: province, reference date, take-up, the policy (stored or draft)
// and, to compare, a second one. Not a <form> itself: a draft policy is its own form inside.
import { BarChartOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Divider, Flex, Form, Slider, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PolicyValues } from './policyForm';
import { PolicySource, type SourceChoice } from './PolicySource';
import { ProvinceSelect } from './ProvinceSelect';

export interface SetupState {
  provinceCode: string | undefined;
  at: string;
  takeUpPercent: number;
  a: SourceChoice;
  compare: boolean;
  b: SourceChoice;
}

interface Props {
  state: SetupState;
  onChange: (change: Partial<SetupState>) => void;
  forms: { a: FormInstance<PolicyValues>; b: FormInstance<PolicyValues> };
  /** Run or Export was pressed with something missing: show where */
  showMissing: boolean;
  running: boolean;
  exporting: boolean;
  onRun: () => void;
  onExport: () => void;
}

export function SimulationSetup(props: Props) {
  const { state, onChange, forms, showMissing, running, exporting, onRun, onExport } = props;
  const { t } = useTranslation();
  const missingProvince = showMissing && !state.provinceCode;
  return (
    <Form layout="vertical" component={false}>
      <Form.Item
        label={t('contributions.sim.province')}
        htmlFor="sim-province"
        required
        validateStatus={missingProvince ? 'error' : undefined}
        help={missingProvince ? t('contributions.sim.provinceRequired') : undefined}
      >
        <ProvinceSelect
          id="sim-province"
          data-testid="sim-province"
          at={state.at}
          value={state.provinceCode}
          onChange={(provinceCode) => onChange({ provinceCode })}
        />
      </Form.Item>
      <Form.Item label={t('contributions.sim.at')} htmlFor="sim-at">
        <DatePicker
          id="sim-at"
          format="DD/MM/YYYY"
          allowClear={false}
          value={dayjs(state.at)}
          onChange={(value) => value && onChange({ at: value.format('YYYY-MM-DD') })}
        />
      </Form.Item>
      <Form.Item
        label={t('contributions.sim.takeUp', { percent: state.takeUpPercent })}
        htmlFor="sim-take-up"
      >
        <Slider
          id="sim-take-up"
          min={0}
          max={100}
          step={5}
          value={state.takeUpPercent}
          tooltip={{ formatter: (value) => `${value}%` }}
          onChange={(takeUpPercent) => onChange({ takeUpPercent })}
          aria-label={t('contributions.sim.takeUpLabel')}
        />
      </Form.Item>
      <Divider titlePlacement="start">{t('contributions.sim.policyA')}</Divider>
      <PolicySource
        idPrefix="sim-a"
        choice={state.a}
        onChange={(a) => onChange({ a })}
        form={forms.a}
        at={state.at}
        missing={showMissing && state.a.mode === 'stored' && state.a.policyId === null}
      />
      <Checkbox checked={state.compare} onChange={(e) => onChange({ compare: e.target.checked })}>
        {t('contributions.sim.compare')}
      </Checkbox>
      {state.compare ? (
        <>
          <Divider titlePlacement="start">{t('contributions.sim.policyB')}</Divider>
          <PolicySource
            idPrefix="sim-b"
            choice={state.b}
            onChange={(b) => onChange({ b })}
            form={forms.b}
            at={state.at}
            missing={showMissing && state.b.mode === 'stored' && state.b.policyId === null}
          />
        </>
      ) : null}
      <Flex gap={8} wrap className="contrib-sim-buttons">
        <Button
          type="primary"
          icon={<BarChartOutlined />}
          loading={running}
          onClick={onRun}
          data-testid="sim-run"
        >
          {state.compare ? t('contributions.sim.runCompare') : t('contributions.sim.run')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={onExport}
          data-testid="sim-export"
        >
          {t('contributions.sim.export')}
        </Button>
      </Flex>
    </Form>
  );
}
