// What to report: locality, month (MM/YYYY, not after this one), schemes, and for months
// before the 2025 reform whether to count by today's units or those of the time.
import { FileDoneOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Form, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../app/format';
import { useMe } from '../auth/session';
import { SCHEMES, type Geography, type Scheme } from '../coverage/coverage.types';
import { CommuneSelect, UnitSelect } from './LocalityPicker';
import {
  asWasAllowed,
  defaultLocality,
  defaultMonth,
  isFutureMonth,
  localityChoices,
  requestOf,
} from './reportForm';
import type { ReportRequest } from './reports.types';

interface Values {
  province: string;
  commune?: string;
  month: Dayjs;
  schemes: Scheme[];
  geography: Geography;
}

interface Props {
  pending: boolean;
  onStart: (request: ReportRequest) => void;
}

export function ReportForm({ pending, onStart }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const today = todayInVietnam();
  const choices = localityChoices(me);
  const [form] = Form.useForm<Values>();
  const province = Form.useWatch('province', form) ?? defaultLocality(choices);
  const month = (Form.useWatch('month', form) as Dayjs | undefined)?.format('YYYY-MM') ?? '';
  const geography = Form.useWatch('geography', form) ?? 'as-is';
  const unitsAt = geography === 'as-was' && asWasAllowed(month) ? `${month}-01` : today;
  const submit = (v: Values) => onStart(requestOf({ ...v, month: v.month.format('YYYY-MM') }));
  return (
    <Form<Values>
      form={form}
      name="report"
      layout="vertical"
      disabled={pending}
      initialValues={{
        province: defaultLocality(choices),
        month: dayjs(`${defaultMonth(today)}-01`),
        schemes: [...SCHEMES],
        geography: 'as-is',
      }}
      onFinish={submit}
      onValuesChange={(changed: Partial<Values>) => {
        if ('province' in changed) form.setFieldValue('commune', undefined);
      }}
    >
      <Form.Item name="province" label={t('reports.locality')} rules={[{ required: true }]}>
        <UnitSelect id="report-locality" choices={choices} at={unitsAt} />
      </Form.Item>
      {/^\d{2}$/.test(province) ? (
        <Form.Item name="commune" label={t('reports.commune')} extra={t('reports.communeHint')}>
          <CommuneSelect id="report-commune" province={province} at={unitsAt} />
        </Form.Item>
      ) : null}
      <Form.Item name="month" label={t('reports.month')} rules={[{ required: true }]}>
        <DatePicker
          id="report-month"
          data-testid="report-month"
          picker="month"
          format="MM/YYYY"
          allowClear={false}
          disabledDate={(d) => isFutureMonth(d.format('YYYY-MM'), today)}
        />
      </Form.Item>
      <Form.Item
        name="schemes"
        label={t('reports.schemes')}
        rules={[{ required: true, type: 'array', min: 1, message: t('reports.schemesRequired') }]}
      >
        <Checkbox.Group
          data-testid="report-schemes"
          options={SCHEMES.map((s) => ({ value: s, label: t(`coverage.schemes.${s}`) }))}
        />
      </Form.Item>
      {asWasAllowed(month) ? (
        <Form.Item name="geography" label={t('reports.geography')}>
          <Radio.Group>
            <Radio value="as-is">{t('reports.asIs')}</Radio>
            <Radio value="as-was">{t('reports.asWas')}</Radio>
          </Radio.Group>
        </Form.Item>
      ) : null}
      <Button
        type="primary"
        htmlType="submit"
        icon={<FileDoneOutlined />}
        loading={pending}
        data-testid="report-start"
      >
        {t('reports.start')}
      </Button>
    </Form>
  );
}
