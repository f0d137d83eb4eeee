// Password change. A user whose password was set by an administrator lands here before
// anything else (the guard sends them) and can only change it or sign out; others come from
// the user menu and can go back.
import { App, Alert, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { usePageTitle } from '../../app/usePageTitle';
import { useChangePassword, useLogout, type PasswordChange } from './auth.api';
import { AuthLayout } from './AuthLayout';
import { safeNext } from './nextPath';
import { NewPasswordFields } from './NewPasswordFields';
import { useMe } from './session';

type Values = PasswordChange & { confirm: string };

export function ChangePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.password.title'));
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const change = useChangePassword();
  const logout = useLogout();

  const submit = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          void message.success(t('auth.password.changed'));
          void navigate(next, { replace: true });
        },
      },
    );

  return (
    <AuthLayout title={t('auth.password.title')}>
      {me.mustChangePassword ? (
        <Alert
          type="warning"
          showIcon
          className="form-notice"
          data-testid="must-change-password"
          title={t('auth.password.required')}
        />
      ) : null}
      <Form<Values> name="password" layout="vertical" disabled={change.isPending} onFinish={submit}>
        {/* tells password managers whose password this is */}
        <input type="text" autoComplete="username" value={me.username} readOnly hidden />
        <Form.Item
          name="currentPassword"
          label={t('auth.password.current')}
          rules={[{ required: true, message: t('password.required') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <NewPasswordFields hint />
        {change.isError ? (
          <Form.Item>
            <ApiErrorAlert error={change.error} title={t('auth.password.failed')} />
          </Form.Item>
        ) : null}
        <Flex gap={8} justify="space-between" wrap>
          {me.mustChangePassword ? (
            <Button onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('auth.logout')}
            </Button>
          ) : (
            <Button onClick={() => void navigate(next)}>{t('common.cancel')}</Button>
          )}
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('auth.password.submit')}
          </Button>
        </Flex>
      </Form>
    </AuthLayout>
  );
}
