// Voluntary SI: the month payments start, the chosen monthly income (its allowed range shown),
// the payment mode (monthly, every 3/6/12 months, or several years ahead), the support group
// and, for provincial top-ups, the province.
import { DatePicker, Form, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CalculateButton } from './CalculateButton';
import { formatMoney } from '../../app/format';
import { SUPPORT_GROUPS, type SupportGroup, type VoluntarySiRequest } from './contributions.types';
import { MoneyInput } from './MoneyInput';
import { ProvinceSelect } from './ProvinceSelect';
import { useIncomeRange } from './useIncomeRange';

const MODES = ['1', '3', '6', '12', 'years'] as const;
type Mode = (typeof MODES)[number];

interface Values {
  start: Dayjs;
  income: number;
  mode: Mode;
  years?: number;
  supportGroup: SupportGroup;
  supportedMonthsBefore?: number | null;
  provinceCode?: string;
}

interface Props {
  pending: boolean;
  onCalculate: (body: VoluntarySiRequest) => void;
}

function toRequest(values: Values): VoluntarySiRequest {
  const months = values.mode === 'years' ? (values.years ?? 2) * 12 : Number(values.mode);
  return {
    start: values.start.format('YYYY-MM'),
    income: values.income,
    months,
    supportGroup: values.supportGroup,
    supportedMonthsBefore: values.supportedMonthsBefore ?? 0,
    ...(values.provinceCode ? { provinceCode: values.provinceCode } : {}),
  };
}

export function VoluntaryForm({ pending, onCalculate }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const start = Form.useWatch('start', form) ?? dayjs();
  const mode = Form.useWatch('mode', form) ?? '1';
  const at = start.startOf('month').format('YYYY-MM-DD');
  const range = useIncomeRange(at);
  const rangeText = range
    ? t('contributions.calc.incomeRange', {
        min: formatMoney(range.min),
        max: formatMoney(range.max),
      })
    : t('contributions.calc.incomeHint');
  return (
    <Form<Values>
      form={form}
      name="calc-voluntary"
      layout="vertical"
      disabled={pending}
      initialValues={{ start: dayjs(), mode: '1', years: 2, supportGroup: 'other' }}
      onFinish={(values) => onCalculate(toRequest(values))}
    >
      <Form.Item
        name="start"
        label={t('contributions.calc.startMonth')}
        rules={[{ required: true }]}
      >
        <DatePicker picker="month" format="MM/YYYY" allowClear={false} />
      </Form.Item>
      <Form.Item
        name="income"
        label={t('contributions.calc.income')}
        extra={
          <span data-testid="income-range">
            {rangeText}
            {range?.unconfirmed ? ` (${t('contributions.unconfirmed')})` : ''}
          </span>
        }
        rules={[
          { required: true, message: t('contributions.calc.incomeRequired') },
          {
            validator: (_, value?: number) =>
              !range || value === undefined || (value >= range.min && value <= range.max)
                ? Promise.resolve()
                : Promise.reject(new Error(rangeText)),
          },
        ]}
      >
        <MoneyInput />
      </Form.Item>
      <Form.Item name="mode" label={t('contributions.calc.paymentMode')}>
        <Select
          options={MODES.map((m) => ({ value: m, label: t(`contributions.calc.modes.${m}`) }))}
        />
      </Form.Item>
      {mode === 'years' ? (
        <Form.Item name="years" label={t('contributions.calc.years')}>
          <InputNumber min={2} max={5} precision={0} />
        </Form.Item>
      ) : null}
      <Form.Item name="supportGroup" label={t('contributions.calc.supportGroup')}>
        <Select
          options={SUPPORT_GROUPS.map((g) => ({
            value: g,
            label: t(`contributions.supportGroups.${g}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="supportedMonthsBefore"
        label={t('contributions.calc.supportedBefore')}
        extra={t('contributions.calc.supportedBeforeHint')}
      >
        <InputNumber min={0} max={600} precision={0} />
      </Form.Item>
      <Form.Item
        name="provinceCode"
        label={t('contributions.calc.province')}
        extra={t('contributions.calc.provinceHint')}
      >
        <ProvinceSelect at={at} />
      </Form.Item>
      <CalculateButton pending={pending} testId="calc-submit-voluntary" />
    </Form>
  );
}
