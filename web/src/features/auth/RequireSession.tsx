// Guard of every page but /login: waits for the session, sends a visitor without one to the
// sign-in page (remembering where they were going) and a user who must change their password
// to the password page before anything else.
import { useQueryClient } from '@tanstack/react-query';
import { Flex, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { onAuthRequired } from '../../app/api';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { PASSWORD_PATH, withNext } from './nextPath';
import { MeContext, SESSION_KEY, useSession } from './session';

export function RequireSession() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const location = useLocation();
  const session = useSession();

  // Any request answered "sign in first" means the session has ended under us.
  useEffect(() => onAuthRequired(() => client.setQueryData(SESSION_KEY, null)), [client]);

  if (session.isPending) {
    return (
      <Flex justify="center" align="center" className="full-page">
        <Spin size="large" description={t('common.loading')} />
      </Flex>
    );
  }
  if (session.isError) {
    return (
      <div className="full-page-message">
        <ApiErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </div>
    );
  }
  const here = `${location.pathname}${location.search}`;
  const me = session.data;
  if (!me) return <Navigate to={withNext('/login', here)} replace />;
  if (me.mustChangePassword && location.pathname !== PASSWORD_PATH) {
    return <Navigate to={withNext(PASSWORD_PATH, here)} replace />;
  }
  return (
    <MeContext value={me}>
      <Outlet />
    </MeContext>
  );
}
