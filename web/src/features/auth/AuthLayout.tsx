// Frame of the pages shown before the application itself (sign-in, required password change):
// product name, language switch and one centred card.
import { Card, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';

interface Props {
  title: string;
  children: ReactNode;
}

export function AuthLayout({ title, children }: Props) {
  const { t } = useTranslation();
  return (
    <Layout className="auth-page">
      <header className="auth-header">
        <div>
          <span className="app-brand-name">{t('app.name')}</span>
          <Typography.Text type="secondary" className="auth-tagline">
            {t('app.tagline')}
          </Typography.Text>
        </div>
        <LanguageSwitch />
      </header>
      <main className="auth-main">
        <Card className="auth-card">
          <Typography.Title level={1} className="auth-title" data-testid="page-heading">
            {title}
          </Typography.Title>
          {children}
        </Card>
      </main>
    </Layout>
  );
}
