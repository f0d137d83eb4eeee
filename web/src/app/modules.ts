// The application's modules, in menu order. Only modules with a path are available; the
// others are shown disabled in the menu until they are built.
import type { ParseKeys } from 'i18next';

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

export interface AppModule {
  key: ModuleKey;
  labelKey: ParseKeys;
  path?: string;
}

export const MODULES: readonly AppModule[] = [
  { key: 'home', labelKey: 'nav.home', path: '/' },
  { key: 'localities', labelKey: 'nav.localities', path: '/localities' },
  { key: 'registry', labelKey: 'nav.registry' },
  { key: 'contributions', labelKey: 'nav.contributions' },
  { key: 'coverage', labelKey: 'nav.coverage' },
  { key: 'employers', labelKey: 'nav.employers' },
  { key: 'development', labelKey: 'nav.development' },
  { key: 'claims', labelKey: 'nav.claims' },
  { key: 'reports', labelKey: 'nav.reports' },
  { key: 'admin', labelKey: 'nav.admin' },
];

export function moduleForPath(pathname: string): AppModule | undefined {
  return (
    MODULES.find((m) => m.path && m.path !== '/' && pathname.startsWith(m.path)) ??
    (pathname === '/' ? MODULES[0] : undefined)
  );
}
