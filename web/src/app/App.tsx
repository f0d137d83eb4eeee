// Providers that depend on the language (antd locale), and the routes. Every page but /login
// sits behind the sign-in guard; pages of a module also behind the permission they need.
import { App as AntApp, ConfigProvider, Skeleton } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuditPage } from '../features/admin/AuditPage';
import { RolesPage } from '../features/admin/RolesPage';
import { UserDetailPage } from '../features/admin/UserDetailPage';
import { UsersPage } from '../features/admin/UsersPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { LoginPage } from '../features/auth/LoginPage';
import { RequirePermission } from '../features/auth/RequirePermission';
import { RequireSession } from '../features/auth/RequireSession';
import { DashboardRoute } from '../features/coverage/DashboardRoute';
import { TargetsPage } from '../features/coverage/targets/TargetsPage';
import { LocalitiesPage } from '../features/geo/LocalitiesPage';
import { HomePage } from '../features/home/HomePage';
import { CalculatorPage } from '../features/contributions/CalculatorPage';
import { PoliciesPage } from '../features/contributions/PoliciesPage';
import { PolicyEditorPage } from '../features/contributions/PolicyEditorPage';
import { RulesPage } from '../features/contributions/RulesPage';
import {
  POLICY_WRITE_PERMISSION,
  SIMULATION_PERMISSION,
} from '../features/contributions/permissions';
import { CardCheckPage } from '../features/enrolment/CardCheckPage';
import { EmployerPage } from '../features/employers/EmployerPage';
import { EmployersPage } from '../features/employers/EmployersPage';
import { ImportsPage } from '../features/imports/ImportsPage';
import { PersonPage } from '../features/registry/PersonPage';
import { PersonsPage } from '../features/registry/PersonsPage';
import { SteeringReportPage } from '../features/reports/SteeringReportPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

// the simulation page brings the chart library: loaded when the page is first opened
const SimulationPage = lazy(() =>
  import('../features/contributions/SimulationPage').then((m) => ({ default: m.SimulationPage })),
);

const theme = {
  token: { colorPrimary: '#0b5ea8', borderRadius: 6 },
  components: { Layout: { headerBg: '#ffffff', headerPadding: '0 24px' } },
};

export function App() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? enUS : viVN;
  return (
    <ConfigProvider locale={locale} theme={theme}>
      {/* gives message and modal calls the theme and locale above */}
      <AntApp component={false}>
        <BrowserRouter>
          <Routes>
            <Route path="login" element={<LoginPage />} />
            <Route element={<RequireSession />}>
              <Route path="account/password" element={<ChangePasswordPage />} />
              <Route element={<AppShell />}>
                <Route index element={<HomePage />} />
                <Route element={<RequirePermission permission="geo.read" />}>
                  <Route path="localities" element={<LocalitiesPage />} />
                </Route>
                <Route element={<RequirePermission permission="coverage.read" />}>
                  <Route path="coverage" element={<DashboardRoute />} />
                  <Route path="coverage/targets" element={<TargetsPage />} />
                </Route>
                <Route element={<RequirePermission permission="registry.read" />}>
                  <Route path="registry/persons" element={<PersonsPage />} />
                  <Route path="registry/persons/:id" element={<PersonPage />} />
                  <Route path="registry/employers" element={<EmployersPage />} />
                  <Route path="registry/employers/:id" element={<EmployerPage />} />
                </Route>
                <Route element={<RequirePermission permission="registry.write" />}>
                  <Route path="registry/imports" element={<ImportsPage />} />
                </Route>
                <Route element={<RequirePermission permission="card.check" />}>
                  <Route path="cards/check" element={<CardCheckPage />} />
                </Route>
                <Route path="contributions/calculator" element={<CalculatorPage />} />
                <Route path="contributions/rules" element={<RulesPage />} />
                <Route path="contributions/policies" element={<PoliciesPage />} />
                <Route path="contributions/policies/:id" element={<PolicyEditorPage />} />
                <Route element={<RequirePermission permission={POLICY_WRITE_PERMISSION} />}>
                  <Route path="contributions/policies/new" element={<PolicyEditorPage />} />
                </Route>
                <Route element={<RequirePermission permission={SIMULATION_PERMISSION} />}>
                  <Route
                    path="contributions/simulation"
                    element={
                      <Suspense fallback={<Skeleton active />}>
                        <SimulationPage />
                      </Suspense>
                    }
                  />
                </Route>
                <Route element={<RequirePermission permission="coverage.read" />}>
                  <Route path="reports/steering" element={<SteeringReportPage />} />
                </Route>
                <Route element={<RequirePermission permission="admin.users" />}>
                  <Route path="admin/users" element={<UsersPage />} />
                  <Route path="admin/users/:id" element={<UserDetailPage />} />
                  <Route path="admin/roles" element={<RolesPage />} />
                </Route>
                <Route element={<RequirePermission permission="audit.read" />}>
                  <Route path="admin/audit" element={<AuditPage />} />
                </Route>
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
