// Page frame: skip link, header with the product name, language switch and user menu, side
// menu, and the routed page in <main>. Below the lg breakpoint the menu is hidden behind a
// header button.
import { MenuOutlined } from '@ant-design/icons';
import { Button, Layout, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { UserMenu } from '../features/auth/UserMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { NavMenu } from './NavMenu';

const { Header, Sider, Content } = Layout;

export function AppShell() {
  const { t } = useTranslation();
  const [narrow, setNarrow] = useState(false);
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <Header className="app-header">
        <div className="app-header-start">
          {narrow ? (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={collapsed ? t('app.openMenu') : t('app.closeMenu')}
              aria-expanded={!collapsed}
              aria-controls="app-menu"
              onClick={() => setCollapsed((c) => !c)}
            />
          ) : null}
          <Link to="/" className="app-brand">
            <span className="app-brand-name">{t('app.name')}</span>
            <Typography.Text type="secondary" className="app-brand-tagline">
              {t('app.tagline')}
            </Typography.Text>
          </Link>
        </div>
        <div className="app-header-end">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </Header>
      <Layout className="app-body">
        <Sider
          breakpoint="lg"
          collapsedWidth={0}
          width={256}
          trigger={null}
          collapsed={collapsed}
          onBreakpoint={(broken) => {
            setNarrow(broken);
            setCollapsed(broken);
          }}
          className="app-sider"
        >
          {/* a collapsed menu is invisible, so it must leave the tab order too */}
          <div id="app-menu" inert={collapsed}>
            <NavMenu onNavigate={() => setCollapsed(narrow)} />
          </div>
        </Sider>
        <Content id="main-content" tabIndex={-1} className="app-content">
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
