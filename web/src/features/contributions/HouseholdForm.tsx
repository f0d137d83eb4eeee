// Household HI: the date cover starts, how many months are paid, the members joining together
// (each with a participant group, birth date and statuses such as pupil or near-poor, which
// decide national and provincial support) and the province for its top-ups.
import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CalculateButton } from './CalculateButton';
import type { HouseholdHiRequest } from './contributions.types';
import { HouseholdMembers, type MemberValues } from './HouseholdMembers';
import { ProvinceSelect } from './ProvinceSelect';

interface Values {
  start: Dayjs;
  months: number;
  members: MemberValues[];
  provinceCode?: string;
}

interface Props {
  pending: boolean;
  onCalculate: (body: HouseholdHiRequest) => void;
}

function toRequest(values: Values): HouseholdHiRequest {
  return {
    start: values.start.format('YYYY-MM-DD'),
    months: values.months,
    members: values.members.map((m) => ({
      ...(m.groupCode ? { groupCode: m.groupCode } : {}),
      ...(m.birthDate ? { birthDate: m.birthDate.format('YYYY-MM-DD') } : {}),
      statuses: m.statuses ?? [],
    })),
    ...(values.provinceCode ? { provinceCode: values.provinceCode } : {}),
  };
}

export function HouseholdForm({ pending, onCalculate }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const start = Form.useWatch('start', form) ?? dayjs();
  return (
    <Form<Values>
      form={form}
      name="calc-household"
      layout="vertical"
      disabled={pending}
      initialValues={{ start: dayjs(), months: 12, members: [{ statuses: [] }] }}
      onFinish={(values) => onCalculate(toRequest(values))}
    >
      <Form.Item
        name="start"
        label={t('contributions.calc.startDate')}
        rules={[{ required: true }]}
      >
        <DatePicker format="DD/MM/YYYY" allowClear={false} />
      </Form.Item>
      <Form.Item name="months" label={t('contributions.calc.months')}>
        <Select
          options={[3, 6, 12].map((n) => ({
            value: n,
            label: t('contributions.calc.monthsN', { n }),
          }))}
        />
      </Form.Item>
      <HouseholdMembers />
      <Form.Item
        name="provinceCode"
        label={t('contributions.calc.province')}
        extra={t('contributions.calc.provinceHint')}
      >
        <ProvinceSelect at={start.format('YYYY-MM-DD')} />
      </Form.Item>
      <CalculateButton pending={pending} testId="calc-submit-household" />
    </Form>
  );
}
