// Adds a rule row or corrects one: the table's own fields, validity, legal reference, whether
// the value is confirmed, and a note. The server checks the rest (no gap or overlap in a
// rule's validity) and its refusal is shown in the dialog.
import { Checkbox, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/FormModal';
import { useSaveRuleRow } from './contributions.api';
import { RuleFieldInput } from './RuleFieldInput';
import { RULE_FIELDS, type RuleRow, type RuleTableKey } from './rules.types';
import { useLabel } from './useLabel';
import { ValidToField } from './ValidToField';

interface Values {
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  legalRef: string;
  confirmed: boolean;
  note?: string;
  [field: string]: unknown;
}

interface Props {
  table: RuleTableKey;
  row: RuleRow | null;
  onClose: () => void;
}

export function RuleEditModal({ table, row, onClose }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const [form] = Form.useForm<Values>();
  const save = useSaveRuleRow(table);
  const fields = RULE_FIELDS[table];
  // each item's initialValue: the shared dialog's form takes no initialValues of its own
  const initial: Record<string, unknown> = row
    ? { ...row, validFrom: dayjs(row.validFrom), validTo: row.validTo ? dayjs(row.validTo) : null }
    : { confirmed: true };

  const submit = (values: Values) => {
    const body: Record<string, unknown> = {
      validTo: values.validTo ? values.validTo.format('YYYY-MM-DD') : null,
      legalRef: values.legalRef.trim(),
      confirmed: values.confirmed,
      note: values.note?.trim() || null,
    };
    // a correction never sends the row's key or start: the server refuses to change them
    if (!row) body.validFrom = values.validFrom.format('YYYY-MM-DD');
    for (const field of fields) {
      if (!row || !field.key) body[field.name] = values[field.name] ?? null;
    }
    save.mutate({ id: row?.id ?? null, body }, { onSuccess: onClose });
  };

  return (
    <FormModal<Values>
      name="rule-edit"
      title={row ? t('contributions.rules.editTitle') : t('contributions.rules.addTitle')}
      okText={t('contributions.save')}
      open
      form={form}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={onClose}
    >
      {fields.map((field) => (
        <Form.Item
          key={field.name}
          name={field.name}
          initialValue={initial[field.name]}
          label={label('fields', field.name)}
          extra={row && field.key ? t('contributions.rules.keyFixed') : undefined}
          rules={field.optional ? [] : [{ required: true, message: t('contributions.required') }]}
        >
          <RuleFieldInput field={field} disabled={Boolean(row && field.key)} />
        </Form.Item>
      ))}
      <Form.Item
        name="validFrom"
        initialValue={initial.validFrom}
        label={t('contributions.validFrom')}
        rules={[{ required: true, message: t('contributions.required') }]}
      >
        <DatePicker format="DD/MM/YYYY" disabled={row !== null} />
      </Form.Item>
      <ValidToField initialValue={initial.validTo} />
      <Form.Item
        name="legalRef"
        initialValue={initial.legalRef}
        label={t('contributions.legalRef')}
        rules={[
          {
            required: true,
            whitespace: true,
            max: 300,
            message: t('contributions.legalRefRequired'),
          },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="confirmed" initialValue={initial.confirmed} valuePropName="checked">
        <Checkbox>{t('contributions.confirmed')}</Checkbox>
      </Form.Item>
      <Form.Item name="note" initialValue={initial.note} label={t('contributions.note')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
