// Sign-in policy, from config (src/platform/config.ts). Defaults follow common guidance for
// government systems: short idle sessions, lockout after a handful of failures.
export interface AuthSettings {
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  maxFailedLogins: number;
  lockoutMinutes: number;
  /** sign-in attempts one address may make per minute, whatever the usernames */
  loginRatePerMinute: number;
  /** Secure cookies need HTTPS (browsers allow them on http://localhost too) */
  secureCookies: boolean;
}

export const defaultAuthSettings: AuthSettings = {
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  maxFailedLogins: 5,
  lockoutMinutes: 15,
  loginRatePerMinute: 30,
  secureCookies: true,
};
