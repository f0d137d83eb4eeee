// The fields of a target: locality code, scheme and year (fixed once created), rate or count,
// its value, denominator kind, optional participant group and the source document. Only what
// is required is checked here; the server's checks show under their field.
import { Form, Input, InputNumber, Radio, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { DENOMINATOR_KINDS, MEASURES, SCHEMES, type TargetInput } from './targets.types';
import { ValueInput } from './ValueInput';

export type TargetValues = Omit<TargetInput, 'groupCode'> & { groupCode: string };

interface Props {
  form: FormInstance<TargetValues>;
  editing: boolean;
  initial: TargetValues;
}

export function TargetFields({ form, editing, initial }: Props) {
  const { t } = useTranslation();
  const measure = Form.useWatch('measure', form) ?? initial.measure;
  // a text must have more than spaces; the year is a number (a `whitespace` key would make the
  // validator check it as a string)
  const required = (key: 'locality' | 'year' | 'value' | 'source') => ({
    required: true,
    ...(key === 'year' ? { type: 'number' as const } : { whitespace: true }),
    message: t(`targets.form.required.${key}`),
  });
  return (
    <>
      <Form.Item
        name="localityCode"
        label={t('targets.fields.locality')}
        extra={t('targets.form.localityHint')}
        rules={[required('locality')]}
        initialValue={initial.localityCode}
      >
        <Input disabled={editing} autoComplete="off" data-testid="target-locality" />
      </Form.Item>
      <Form.Item name="scheme" label={t('targets.fields.scheme')} initialValue={initial.scheme}>
        <Select
          disabled={editing}
          data-testid="target-scheme"
          options={SCHEMES.map((s) => ({ value: s, label: t(`coverage.schemes.${s}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="year"
        label={t('targets.fields.year')}
        rules={[required('year')]}
        initialValue={initial.year}
      >
        <InputNumber disabled={editing} controls={false} data-testid="target-year" />
      </Form.Item>
      <Form.Item name="measure" label={t('targets.fields.measure')} initialValue={initial.measure}>
        <Radio.Group
          options={MEASURES.map((m) => ({ value: m, label: t(`targets.measures.${m}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="value"
        label={t(`targets.form.valueLabel.${measure}`)}
        rules={[required('value')]}
        initialValue={initial.value}
      >
        <ValueInput measure={measure} />
      </Form.Item>
      <Form.Item
        name="denominatorKind"
        label={t('targets.fields.denominatorKind')}
        initialValue={initial.denominatorKind}
      >
        <Select
          data-testid="target-denominator"
          options={DENOMINATOR_KINDS.map((k) => ({
            value: k,
            label: t(`coverage.denominatorKind.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="groupCode"
        label={t('targets.fields.group')}
        extra={t('targets.form.groupHint')}
        initialValue={initial.groupCode}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="source"
        label={t('targets.fields.source')}
        rules={[required('source')]}
        initialValue={initial.source}
      >
        <Input.TextArea rows={2} data-testid="target-source" />
      </Form.Item>
    </>
  );
}
