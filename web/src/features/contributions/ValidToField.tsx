// The "valid to" date of a rule row or a support policy: optional, exclusive ([validFrom,
// validTo)), and after the form's validFrom when both are set. Used by both edit forms.
import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

/** initialValue: for forms whose items carry their own (no initialValues on the form) */
export function ValidToField({ initialValue }: { initialValue?: unknown }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="validTo"
      initialValue={initialValue}
      label={t('contributions.validTo')}
      extra={t('contributions.validToHint')}
      dependencies={['validFrom']}
      rules={[
        ({ getFieldValue }) => ({
          validator: (_, value?: Dayjs | null) => {
            const from = getFieldValue('validFrom') as Dayjs | undefined;
            return !value || !from || value.isAfter(from)
              ? Promise.resolve()
              : Promise.reject(new Error(t('contributions.validToAfter')));
          },
        }),
      ]}
    >
      <DatePicker format="DD/MM/YYYY" />
    </Form.Item>
  );
}
