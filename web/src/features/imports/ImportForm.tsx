// The import's choices: kind of records, the file (CSV UTF-8 or .xlsx), all-or-nothing or
// batches (with resuming an interrupted batch run), and the date commune codes are read at.
import { UploadOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Form, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDragger } from '../../app/FileDragger';
import { ColumnsHint } from './ColumnsHint';
import { IMPORT_KINDS, type ImportKind, type ImportRequest } from './imports.types';

interface Values {
  kind: ImportKind;
  mode: 'file' | 'batch';
  batchSize?: number;
  resume?: boolean;
  at?: Dayjs | null;
}

interface Props {
  pending: boolean;
  onStart: (request: ImportRequest) => void;
}

export function ImportForm({ pending, onStart }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const kind = Form.useWatch('kind', form) ?? 'persons';
  const mode = Form.useWatch('mode', form) ?? 'file';
  const submit = (values: Values) => {
    if (!file) return;
    const batch = values.mode === 'batch';
    onStart({
      kind: values.kind,
      file,
      batchSize: batch ? (values.batchSize ?? 10_000) : null,
      resume: batch && (values.resume ?? false),
      at: values.at ? values.at.format('YYYY-MM-DD') : null,
    });
  };
  return (
    <Form<Values>
      form={form}
      name="import"
      layout="vertical"
      disabled={pending}
      initialValues={{ kind: 'persons', mode: 'file', batchSize: 10_000 }}
      onFinish={submit}
    >
      <Form.Item name="kind" label={t('imports.kind')}>
        <Select
          data-testid="import-kind"
          options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
        />
      </Form.Item>
      <ColumnsHint kind={kind} />
      <Form.Item label={t('imports.file')} required>
        <FileDragger file={file} onChange={setFile} hint={t('imports.fileFormats')} />
      </Form.Item>
      <Form.Item name="mode" label={t('imports.mode')}>
        <Radio.Group>
          <Radio value="file">{t('imports.modes.file')}</Radio>
          <Radio value="batch">{t('imports.modes.batch')}</Radio>
        </Radio.Group>
      </Form.Item>
      {mode === 'batch' ? (
        <>
          <Form.Item name="batchSize" label={t('imports.batchSize')}>
            <InputNumber min={1} max={1_000_000} step={1000} />
          </Form.Item>
          <Form.Item name="resume" valuePropName="checked">
            <Checkbox>{t('imports.resume')}</Checkbox>
          </Form.Item>
        </>
      ) : null}
      <Form.Item name="at" label={t('imports.readAt')} extra={t('imports.readAtHint')}>
        <DatePicker format="DD/MM/YYYY" allowClear />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        icon={<UploadOutlined />}
        loading={pending}
        disabled={!file}
        data-testid="import-start"
      >
        {t('imports.start')}
      </Button>
    </Form>
  );
}
