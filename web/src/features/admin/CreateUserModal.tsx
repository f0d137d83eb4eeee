// New account: username, display name and a first password, which the user must change at
// their first sign-in. Roles are given afterwards on the user's page, where this leads.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/FormModal';
import { newPasswordRules } from '../auth/password';
import type { NewUser, User } from './admin.types';
import { useCreateUser } from './users.api';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (user: User) => void;
}

// The server decides what a valid username is; a space is the one mistake caught here.
/** as the server checks it: 3–64 letters, digits, '.', '_' or '-', starting with a letter or digit */
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;

export function CreateUserModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewUser>();
  const create = useCreateUser();
  const close = () => {
    create.reset();
    onClose();
  };

  return (
    <FormModal<NewUser>
      name="create-user"
      title={t('admin.users.createTitle')}
      okText={t('admin.users.createSubmit')}
      open={open}
      form={form}
      pending={create.isPending}
      error={create.error}
      onClose={close}
      onSubmit={(values) =>
        create.mutate(
          { ...values, username: values.username.trim(), displayName: values.displayName.trim() },
          {
            onSuccess: (user) => {
              close();
              onCreated(user);
            },
          },
        )
      }
    >
      <Form.Item
        name="username"
        label={t('admin.users.username')}
        rules={[
          { required: true, message: t('admin.users.usernameRequired') },
          { pattern: USERNAME, message: t('admin.users.usernameInvalid') },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('admin.users.displayName')}
        rules={[
          { required: true, whitespace: true, message: t('admin.users.displayNameRequired') },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('admin.users.initialPassword')}
        extra={t('admin.users.initialPasswordHint')}
        rules={newPasswordRules(t)}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
