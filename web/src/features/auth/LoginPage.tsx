// Sign-in with username and password. On failure the server's own message is shown (it never
// says whether the name or the password was wrong). Once signed in, the user goes on to the
// page they first asked for (?next=…), or to the password page if they must change it.
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { usePageTitle } from '../../app/usePageTitle';
import { useLogin, type Credentials } from './auth.api';
import { AuthLayout } from './AuthLayout';
import { PASSWORD_PATH, safeNext, withNext } from './nextPath';
import { useSession } from './session';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.login.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  // Only what is already known: asking the server here would log a 401 for every visitor.
  const me = useSession({ fetch: false }).data;
  const login = useLogin();

  if (me) {
    const to = me.mustChangePassword ? withNext(PASSWORD_PATH, next) : next;
    return <Navigate to={to} replace />;
  }
  return (
    <AuthLayout title={t('auth.login.title')}>
      <Form<Credentials>
        name="login"
        layout="vertical"
        requiredMark={false}
        disabled={login.isPending}
        onFinish={(values) => login.mutate({ ...values, username: values.username.trim() })}
      >
        <Form.Item
          name="username"
          label={t('auth.login.username')}
          rules={[{ required: true, whitespace: true, message: t('auth.login.usernameRequired') }]}
        >
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.login.password')}
          rules={[{ required: true, message: t('auth.login.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {login.isError ? (
          <Form.Item>
            <ApiErrorAlert error={login.error} title={t('auth.login.failed')} />
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {t('auth.login.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
