// A dialog holding one form: OK submits it (Enter in a field too), the request's error shows
// inside the dialog, and the fields are forgotten when it closes.
import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './ApiErrorAlert';

interface Props<T> {
  name: string;
  title: string;
  okText: string;
  open: boolean;
  form: FormInstance<T>;
  pending: boolean;
  error: unknown;
  onSubmit: (values: T) => void;
  onClose: () => void;
  children: ReactNode;
}

export function FormModal<T>(props: Props<T>) {
  const { name, title, okText, open, form, pending, error, onSubmit, onClose, children } = props;
  const { t } = useTranslation();
  return (
    <Modal
      title={title}
      open={open}
      okText={okText}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<T>
        form={form}
        name={name}
        layout="vertical"
        preserve={false}
        disabled={pending}
        onFinish={onSubmit}
      >
        {children}
        {error ? <ApiErrorAlert error={error} title={t('errors.saveFailed')} /> : null}
        {/* lets Enter in a field submit the form, as the visible OK button is outside it */}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
