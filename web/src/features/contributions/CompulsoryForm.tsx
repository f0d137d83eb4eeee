// Compulsory SI/HI/UI of one employee for one month: salary, where the workplace is (a wage
// region, or a commune whose region the server looks up), pay regime, unpaid days and the
// employer's OA-OD variant or COVID relief.
import { Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CalculateButton } from './CalculateButton';
import type { CompulsoryRequest, PayRegime } from './contributions.types';
import { MoneyInput } from './MoneyInput';

interface Values {
  month: Dayjs;
  salary: number;
  place: 'region' | 'commune';
  region?: number;
  communeCode?: string;
  payRegime: PayRegime;
  unpaidDays?: number | null;
  highRisk?: boolean;
  covidRelief?: boolean;
}

interface Props {
  pending: boolean;
  onCalculate: (body: CompulsoryRequest) => void;
}

export const REGIONS = [1, 2, 3, 4] as const;
const ROMAN = ['I', 'II', 'III', 'IV'];

export function toCompulsoryRequest(values: Values): CompulsoryRequest {
  return {
    month: values.month.format('YYYY-MM'),
    salary: values.salary,
    ...(values.place === 'region'
      ? { region: values.region }
      : { communeCode: values.communeCode?.trim() }),
    payRegime: values.payRegime,
    unpaidDays: values.unpaidDays ?? 0,
    oaOdVariant: values.highRisk ? 'high_risk' : 'standard',
    covidRelief: values.covidRelief ?? false,
  };
}

export function CompulsoryForm({ pending, onCalculate }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const place = Form.useWatch('place', form) ?? 'region';
  return (
    <Form<Values>
      form={form}
      name="calc-compulsory"
      layout="vertical"
      disabled={pending}
      initialValues={{ month: dayjs(), place: 'region', region: 1, payRegime: 'employer_set' }}
      onFinish={(values) => onCalculate(toCompulsoryRequest(values))}
    >
      <Form.Item name="month" label={t('contributions.calc.month')} rules={[{ required: true }]}>
        <DatePicker picker="month" format="MM/YYYY" allowClear={false} />
      </Form.Item>
      <Form.Item
        name="salary"
        label={t('contributions.calc.salary')}
        extra={t('contributions.calc.salaryHint')}
        rules={[{ required: true, message: t('contributions.calc.salaryRequired') }]}
      >
        <MoneyInput max={10_000_000_000} />
      </Form.Item>
      <Form.Item name="place" label={t('contributions.calc.place')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'region', label: t('contributions.calc.byRegion') },
            { value: 'commune', label: t('contributions.calc.byCommune') },
          ]}
        />
      </Form.Item>
      {place === 'region' ? (
        <Form.Item
          name="region"
          label={t('contributions.calc.region')}
          rules={[{ required: true }]}
        >
          <Select
            options={REGIONS.map((r) => ({
              value: r,
              label: t('contributions.calc.regionN', { n: ROMAN[r - 1] }),
            }))}
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="communeCode"
          label={t('contributions.calc.communeCode')}
          rules={[
            {
              required: true,
              pattern: /^\s*\d{5}\s*$/,
              message: t('contributions.calc.communeInvalid'),
            },
          ]}
        >
          <Input inputMode="numeric" maxLength={5} className="tabular" />
        </Form.Item>
      )}
      <Form.Item name="payRegime" label={t('contributions.calc.payRegime')}>
        <Radio.Group>
          <Radio value="employer_set">{t('contributions.calc.payRegimes.employer_set')}</Radio>
          <Radio value="state_scale">{t('contributions.calc.payRegimes.state_scale')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="unpaidDays"
        label={t('contributions.calc.unpaidDays')}
        extra={t('contributions.calc.unpaidDaysHint')}
      >
        <InputNumber min={0} max={31} precision={0} />
      </Form.Item>
      <Form.Item name="highRisk" valuePropName="checked">
        <Checkbox>{t('contributions.calc.highRisk')}</Checkbox>
      </Form.Item>
      <Form.Item name="covidRelief" valuePropName="checked">
        <Checkbox>{t('contributions.calc.covidRelief')}</Checkbox>
      </Form.Item>
      <CalculateButton pending={pending} testId="calc-submit" />
    </Form>
  );
}
