// Actions on an account, on the list and on the user's page: reset the password (which also
// unlocks it) and disable or enable it. Administrators cannot disable their own account, so
// they cannot lock themselves out by mistake.
import { App, Button, Flex, Popconfirm, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import { useMe } from '../auth/session';
import type { User } from './admin.types';
import { ResetPasswordModal } from './ResetPasswordModal';
import { useUpdateUser } from './users.api';

interface Props {
  user: User;
  size?: ButtonProps['size'];
}

export function UserActions({ user, size }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useMe();
  const update = useUpdateUser(user.id);
  const [resetting, setResetting] = useState(false);
  const active = user.status === 'active';

  const toggle = () =>
    update.mutate(
      { status: active ? 'disabled' : 'active' },
      {
        onSuccess: () =>
          void message.success(t(active ? 'admin.users.disabled' : 'admin.users.enabled')),
        onError: (error) => void message.error(errorText(error)),
      },
    );

  return (
    <Flex gap={8} wrap>
      <Button size={size} onClick={() => setResetting(true)}>
        {t('admin.users.resetPassword')}
      </Button>
      <Popconfirm
        title={t(active ? 'admin.users.confirmDisable' : 'admin.users.confirmEnable', {
          name: user.username,
        })}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={toggle}
      >
        <Button
          size={size}
          danger={active}
          loading={update.isPending}
          disabled={active && user.id === me.id}
          title={active && user.id === me.id ? t('admin.users.cannotDisableSelf') : undefined}
        >
          {t(active ? 'admin.users.disable' : 'admin.users.enable')}
        </Button>
      </Popconfirm>
      <ResetPasswordModal user={user} open={resetting} onClose={() => setResetting(false)} />
    </Flex>
  );
}
