// Side navigation: available modules link to their page; the others are listed but disabled
// with a "coming soon" tag, so the menu already shows where the product is going.
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
import { MODULES, moduleForPath, type ModuleKey } from './modules';

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

export function NavMenu({ onNavigate }: Props) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const selected = moduleForPath(pathname);

  const items: MenuProps['items'] = MODULES.map((module) => ({
    key: module.key,
    icon: ICONS[module.key],
    disabled: !module.path,
    'data-testid': `nav-${module.key}`,
    label: module.path ? (
      <Link to={module.path}>{t(module.labelKey)}</Link>
    ) : (
      <span className="nav-coming-soon">
        <span className="nav-coming-soon-label">{t(module.labelKey)}</span>
        <Tag variant="outlined" className="nav-coming-soon-tag">
          {t('app.comingSoon')}
        </Tag>
      </span>
    ),
  }));

  return (
    <nav aria-label={t('app.mainNav')}>
      <Menu
        theme="dark"
        mode="inline"
        items={items}
        selectedKeys={selected ? [selected.key] : []}
        onClick={onNavigate}
      />
    </nav>
  );
}
