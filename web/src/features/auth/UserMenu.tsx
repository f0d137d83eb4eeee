// Header menu of the signed-in user: who they are, the roles they hold and where, and the
// actions on their own account (change password, sign out).
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Typography, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useLogout } from './auth.api';
import { useAssignmentText } from './assignmentText';
import { PASSWORD_PATH, withNext } from './nextPath';
import { useMe } from './session';

export function UserMenu() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const logout = useLogout();
  const { roleName, scopeText } = useAssignmentText();

  const items: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: t('auth.changePassword') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') void navigate(withNext(PASSWORD_PATH, `${pathname}${search}`));
    if (key === 'logout') {
      logout.mutate(undefined, { onError: () => void message.error(t('auth.logoutFailed')) });
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{ items, onClick }}
      popupRender={(menu) => (
        <div className="user-menu-popup" data-testid="user-menu-popup">
          <div className="user-menu-who">
            <Typography.Text strong>{me.displayName}</Typography.Text>
            <Typography.Text type="secondary">{me.username}</Typography.Text>
            <ul className="user-menu-roles" aria-label={t('auth.myRoles')}>
              {me.assignments.length === 0 ? (
                <li>{t('auth.noRoles')}</li>
              ) : (
                me.assignments.map((a) => (
                  <li key={a.id}>
                    {roleName(a)} ·{' '}
                    <Typography.Text type="secondary">{scopeText(a.scope)}</Typography.Text>
                  </li>
                ))
              )}
            </ul>
          </div>
          {menu}
        </div>
      )}
    >
      <Button
        type="text"
        data-testid="user-menu"
        aria-label={t('auth.userMenu', { name: me.displayName })}
      >
        <UserOutlined />
        <span className="user-menu-name">{me.displayName}</span>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
