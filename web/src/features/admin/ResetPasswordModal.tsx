// Sets a new password for a user who forgot theirs or was locked out: the account is unlocked
// and the user must choose their own password at the next sign-in.
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/FormModal';
import { NewPasswordFields } from '../auth/NewPasswordFields';
import type { User } from './admin.types';
import { useResetPassword } from './users.api';

interface Props {
  user: User;
  open: boolean;
  onClose: () => void;
}

interface Values {
  newPassword: string;
  confirm: string;
}

export function ResetPasswordModal({ user, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reset = useResetPassword(user.id);
  const close = () => {
    reset.reset();
    onClose();
  };

  return (
    <FormModal<Values>
      name={`reset-password-${user.id}`}
      title={t('admin.users.resetTitle', { name: user.username })}
      okText={t('admin.users.resetSubmit')}
      open={open}
      form={form}
      pending={reset.isPending}
      error={reset.error}
      onClose={close}
      onSubmit={({ newPassword }) =>
        reset.mutate(newPassword, {
          onSuccess: () => {
            void message.success(t('admin.users.resetDone', { name: user.username }));
            close();
          },
        })
      }
    >
      <p>{t('admin.users.resetExplain')}</p>
      <NewPasswordFields />
    </FormModal>
  );
}
