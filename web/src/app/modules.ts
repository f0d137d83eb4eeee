// The application's modules, in menu order. A module is a page (path) or a group of pages;
// a module with neither is not built yet and is shown disabled in the menu. Each page names
// the permission needed to open it, and the menu lists only what the user may open.
import type { ParseKeys } from 'i18next';
import type { Permission } from '../features/auth/auth.types';
import { SIMULATION_PERMISSION } from '../features/contributions/permissions';

export type ModuleKey =
  | 'home'
  | 'localities'
  | 'registry'
  | 'contributions'
  | 'coverage'
  | 'employers'
  | 'development'
  | 'claims'
  | 'reports'
  | 'admin';

export interface AppPage {
  key: string;
  labelKey: ParseKeys;
  path: string;
  permission?: Permission;
}

export interface AppModule {
  key: ModuleKey;
  labelKey: ParseKeys;
  path?: string;
  permission?: Permission;
  pages?: AppPage[];
}

export const MODULES: readonly AppModule[] = [
  { key: 'home', labelKey: 'nav.home', path: '/' },
  { key: 'localities', labelKey: 'nav.localities', path: '/localities', permission: 'geo.read' },
  {
    key: 'registry',
    labelKey: 'nav.registry',
    pages: [
      {
        key: 'registry-persons',
        labelKey: 'nav.persons',
        path: '/registry/persons',
        permission: 'registry.read',
      },
      {
        key: 'registry-imports',
        labelKey: 'nav.imports',
        path: '/registry/imports',
        permission: 'registry.write',
      },
      {
        key: 'card-check',
        labelKey: 'nav.cardCheck',
        path: '/cards/check',
        permission: 'card.check',
      },
    ],
  },
  {
    key: 'contributions',
    labelKey: 'nav.contributions',
    // calculator, rules and policies for every signed-in user; simulation as the API declares
    pages: [
      { key: 'contrib-calculator', labelKey: 'nav.calculator', path: '/contributions/calculator' },
      { key: 'contrib-rules', labelKey: 'nav.contributionRules', path: '/contributions/rules' },
      { key: 'contrib-policies', labelKey: 'nav.policies', path: '/contributions/policies' },
      {
        key: 'contrib-simulation',
        labelKey: 'nav.simulation',
        path: '/contributions/simulation',
        permission: SIMULATION_PERMISSION,
      },
    ],
  },
  {
    key: 'coverage',
    labelKey: 'nav.coverage',
    pages: [
      {
        key: 'coverage-dashboard',
        labelKey: 'nav.coverageDashboard',
        path: '/coverage',
        permission: 'coverage.read',
      },
      {
        key: 'coverage-targets',
        labelKey: 'nav.coverageTargets',
        path: '/coverage/targets',
        permission: 'coverage.read',
      },
    ],
  },
  {
    key: 'employers',
    labelKey: 'nav.employers',
    path: '/registry/employers',
    permission: 'registry.read',
  },
  { key: 'development', labelKey: 'nav.development' },
  { key: 'claims', labelKey: 'nav.claims' },
  {
    key: 'reports',
    labelKey: 'nav.reports',
    pages: [
      {
        key: 'reports-steering',
        labelKey: 'nav.steeringReport',
        path: '/reports/steering',
        permission: 'coverage.read',
      },
    ],
  },
  {
    key: 'admin',
    labelKey: 'nav.admin',
    pages: [
      {
        key: 'admin-users',
        labelKey: 'nav.users',
        path: '/admin/users',
        permission: 'admin.users',
      },
      {
        key: 'admin-roles',
        labelKey: 'nav.roles',
        path: '/admin/roles',
        permission: 'admin.users',
      },
      { key: 'admin-audit', labelKey: 'nav.audit', path: '/admin/audit', permission: 'audit.read' },
    ],
  },
];

/** Not built yet: neither a page nor a group of pages. */
export function isUpcoming(module: AppModule): boolean {
  return !module.path && !module.pages;
}

/** The menu entry (module or page) for an address, and the module that holds it. */
export function menuKeysForPath(pathname: string): { selected?: string; module?: ModuleKey } {
  if (pathname === '/') return { selected: 'home', module: 'home' };
  const inside = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  for (const module of MODULES) {
    if (module.path && module.path !== '/' && inside(module.path)) {
      return { selected: module.key, module: module.key };
    }
    // the deepest page that holds the address: /coverage/targets, not /coverage
    const page = module.pages
      ?.filter((p) => inside(p.path))
      .sort((a, b) => b.path.length - a.path.length)[0];
    if (page) return { selected: page.key, module: module.key };
  }
  return {};
}
