// The "new password" and "repeat it" fields of every form that sets a password.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { confirmRules, MIN_PASSWORD_LENGTH, newPasswordRules } from './password';

export function NewPasswordFields({ hint = false }: { hint?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="newPassword"
        label={t('auth.password.new')}
        {...(hint ? { extra: t('password.hint', { n: MIN_PASSWORD_LENGTH }) } : {})}
        rules={newPasswordRules(t)}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('auth.password.confirm')}
        dependencies={['newPassword']}
        rules={confirmRules(t, 'newPassword')}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
