// The landing page ('/'): the coverage dashboard for users who may read coverage, the welcome
// page for the others.
import { DashboardRoute } from '../coverage/DashboardRoute';
import { usePermission } from '../auth/session';
import { WelcomePage } from './WelcomePage';

export function HomePage() {
  return usePermission('coverage.read') ? <DashboardRoute /> : <WelcomePage />;
}
