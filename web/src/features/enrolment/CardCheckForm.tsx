// What the reception desk types: one identifier (card number, national ID or SI number) and,
// optionally, the name and birth date to compare with the card (dd/mm/yyyy or the year).
import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { isCivilDate } from '../../app/format';
import type { CardCheckKey, CardCheckRequest } from './enrolment.types';

interface Values {
  key: CardCheckKey;
  value: string;
  fullName?: string;
  birthDate?: string;
}

/** "05/03/1994" or "1994", as the VSS lookup takes them. */
function isBirthDate(text: string): boolean {
  const vi = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return vi ? isCivilDate(`${vi[3]}-${vi[2]}-${vi[1]}`) : /^\d{4}$/.test(text);
}

const PLACEHOLDERS: Record<CardCheckKey, string> = {
  cardNumber: 'DN4310123456789',
  nationalId: '030184000321',
  siNumber: '3099000001',
};

interface Props {
  pending: boolean;
  onCheck: (request: CardCheckRequest) => void;
}

export function CardCheckForm({ pending, onCheck }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const key = Form.useWatch('key', form) ?? 'cardNumber';
  const submit = ({ key: kind, value, fullName, birthDate }: Values) => {
    const request: CardCheckRequest = { [kind]: value.trim().toUpperCase() };
    if (fullName?.trim()) request.fullName = fullName.trim();
    if (birthDate?.trim()) request.birthDate = birthDate.trim();
    onCheck(request);
  };
  return (
    <Form<Values>
      form={form}
      name="card-check"
      layout="vertical"
      className="card-check-form"
      initialValues={{ key: 'cardNumber' }}
      disabled={pending}
      onFinish={submit}
    >
      <Form.Item name="key" label={t('cardCheck.keyKind')}>
        <Radio.Group
          optionType="button"
          options={(['cardNumber', 'nationalId', 'siNumber'] as const).map((k) => ({
            value: k,
            label: t(`cardCheck.keyShort.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="value"
        label={t(`cardCheck.key.${key}`)}
        rules={[{ required: true, whitespace: true, message: t('cardCheck.valueRequired') }]}
      >
        <Input autoComplete="off" className="tabular" placeholder={PLACEHOLDERS[key]} />
      </Form.Item>
      <Form.Item name="fullName" label={t('cardCheck.fullName')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="birthDate"
        label={t('cardCheck.birthDate')}
        extra={t('cardCheck.birthDateHint')}
        rules={[
          {
            validator: (_, value?: string) =>
              !value?.trim() || isBirthDate(value.trim())
                ? Promise.resolve()
                : Promise.reject(new Error(t('cardCheck.birthDateInvalid'))),
          },
        ]}
      >
        <Input autoComplete="off" placeholder="05/03/1994" inputMode="numeric" />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={pending}>
        {t('cardCheck.submit')}
      </Button>
    </Form>
  );
}
