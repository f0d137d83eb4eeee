// Side navigation: modules and pages the user may open link to them (groups of pages open as
// submenus); modules not built yet are listed but disabled with a "coming soon" tag, so the
// menu already shows where the product is going.
import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  DollarOutlined,
  EnvironmentOutlined,
  HomeOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, Tag, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Permission } from '../features/auth/auth.types';
import { can, useMe } from '../features/auth/session';
import { isUpcoming, menuKeysForPath, MODULES, type AppModule, type ModuleKey } from './modules';

const ICONS: Record<ModuleKey, ReactNode> = {
  home: <HomeOutlined />,
  localities: <EnvironmentOutlined />,
  registry: <TeamOutlined />,
  contributions: <DollarOutlined />,
  coverage: <SafetyCertificateOutlined />,
  employers: <BankOutlined />,
  development: <RiseOutlined />,
  claims: <AuditOutlined />,
  reports: <BarChartOutlined />,
  admin: <SettingOutlined />,
};

interface Props {
  /** called after a menu entry is chosen (the shell closes the menu on narrow screens) */
  onNavigate?: () => void;
}

type MenuItem = NonNullable<MenuProps['items']>[number];

export function NavMenu({ onNavigate }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const { selected } = menuKeysForPath(pathname);
  const allowed = (item: { permission?: Permission }) =>
    !item.permission || can(me, item.permission);

  const comingSoon = (module: AppModule): MenuItem => ({
    key: module.key,
    icon: ICONS[module.key],
    disabled: true,
    'data-testid': `nav-${module.key}`,
    label: (
      <span className="nav-coming-soon">
        <span className="nav-coming-soon-label">{t(module.labelKey)}</span>
        <Tag variant="outlined" className="nav-coming-soon-tag">
          {t('app.comingSoon')}
        </Tag>
      </span>
    ),
  });

  const items = MODULES.flatMap((module): MenuItem[] => {
    if (isUpcoming(module)) return [comingSoon(module)];
    if (module.path) {
      if (!allowed(module)) return [];
      const label = <Link to={module.path}>{t(module.labelKey)}</Link>;
      return [
        { key: module.key, icon: ICONS[module.key], 'data-testid': `nav-${module.key}`, label },
      ];
    }
    // a group the user can open nothing in is left out, not shown empty
    const pages = (module.pages ?? []).filter(allowed);
    if (pages.length === 0) return [];
    return [
      {
        key: module.key,
        icon: ICONS[module.key],
        label: t(module.labelKey),
        children: pages.map((page) => ({
          key: page.key,
          'data-testid': `nav-${page.key}`,
          label: <Link to={page.path}>{t(page.labelKey)}</Link>,
        })),
      },
    ];
  });

  return (
    <nav aria-label={t('app.mainNav')}>
      <Menu
        theme="dark"
        mode="inline"
        items={items}
        selectedKeys={selected ? [selected] : []}
        defaultOpenKeys={MODULES.filter((m) => m.pages).map((m) => m.key)}
        onClick={onNavigate}
      />
    </nav>
  );
}
