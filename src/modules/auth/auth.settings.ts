// Sign-in policy, read from config (src/platform/config.ts: ANSINH_SESSION_*, ANSINH_LOGIN_*,
// ANSINH_LOCKOUT_MINUTES, ANSINH_COOKIE_SECURE). Defaults follow common guidance for
// government systems: short idle sessions, lockout after a handful of failures.
import type { Config } from '../../platform/config.js';

export type AuthSettings = Config['auth'];

export const defaultAuthSettings: AuthSettings = {
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  maxFailedLogins: 5,
  lockoutMinutes: 15,
  loginRatePerMinute: 30,
  secureCookies: true,
};
