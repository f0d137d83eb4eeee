// The page to return to after signing in travels in the URL (/login?next=/admin/users) so it
// survives a reload. Only paths of this site are accepted, never another origin.

export const PASSWORD_PATH = '/account/password';

export function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value.startsWith('/login') ? '/' : value;
}

export function withNext(path: string, next: string): string {
  return next === '/' ? path : `${path}?next=${encodeURIComponent(next)}`;
}
