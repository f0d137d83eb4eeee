// Creates an API token. The server returns its secret once: the dialog then shows it in a
// copyable box with a warning, and forgets it when closed.
import { Alert, Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../app/format';
import { FormModal } from '../../app/FormModal';
import { useCreateToken } from './tokens.api';

interface Props {
  userId: number;
  open: boolean;
  onClose: () => void;
}

interface Values {
  name: string;
  expiresOn: Dayjs;
}

export function CreateTokenModal({ userId, open, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateToken(userId);
  const today = dayjs(todayInVietnam());
  const close = () => {
    create.reset();
    onClose();
  };

  if (create.data) {
    return (
      <Modal
        title={t('admin.tokens.createdTitle')}
        open={open}
        onCancel={close}
        footer={
          <Button type="primary" onClick={close}>
            {t('admin.tokens.done')}
          </Button>
        }
      >
        <Alert type="warning" showIcon className="form-notice" title={t('admin.tokens.showOnce')} />
        <Typography.Paragraph
          copyable={{ text: create.data.token, tooltips: [t('common.copy'), t('common.copied')] }}
          className="token-secret"
          data-testid="new-token"
        >
          <code>{create.data.token}</code>
        </Typography.Paragraph>
      </Modal>
    );
  }
  return (
    <FormModal<Values>
      name="create-token"
      title={t('admin.tokens.createTitle')}
      okText={t('admin.tokens.createSubmit')}
      open={open}
      form={form}
      pending={create.isPending}
      error={create.error}
      onClose={close}
      onSubmit={({ name, expiresOn }) =>
        create.mutate({ name: name.trim(), expiresOn: expiresOn.format('YYYY-MM-DD') })
      }
    >
      <Form.Item
        name="name"
        label={t('admin.tokens.name')}
        extra={t('admin.tokens.nameHint')}
        rules={[{ required: true, whitespace: true, message: t('admin.tokens.nameRequired') }]}
      >
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="expiresOn"
        label={t('admin.tokens.expiresOn')}
        initialValue={today.add(90, 'day')}
        rules={[{ required: true, message: t('admin.tokens.expiresRequired') }]}
      >
        <DatePicker
          format="DD/MM/YYYY"
          allowClear={false}
          disabledDate={(day) => day.isBefore(today, 'day')}
        />
      </Form.Item>
    </FormModal>
  );
}
