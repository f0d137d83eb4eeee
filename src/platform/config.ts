// Typed configuration, read once from the environment and frozen. Invalid values stop the
// process at start with a message naming the variable, never later at first use.
import path from 'node:path';

export type DatabaseTarget =
  { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };

export interface Config {
  readonly env: 'development' | 'test' | 'production';
  readonly host: string;
  readonly port: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly database: Readonly<DatabaseTarget>;
  /** work_mem for every session: 4MB default gives quadratic plans on coverage semi-joins. */
  readonly workMem: string;
  readonly webDistDir: string;
  /** seed demo users and persons (README "Demo users"); default on for the embedded database */
  readonly demo: boolean;
  /** persons of the generated demo province (Hải Phòng) seeded with the demo; 0 = none */
  readonly demoPersons: number;
  readonly auth: Readonly<{
    sessionIdleMinutes: number;
    sessionMaxHours: number;
    maxFailedLogins: number;
    lockoutMinutes: number;
    loginRatePerMinute: number;
    secureCookies: boolean;
  }>;
  /**
   * behind a reverse proxy, whom to believe for the client address (audit IP, rate limits):
   * false (default), true (any proxy), or the proxies' addresses/CIDRs separated by commas
   */
  readonly trustProxy: boolean | string;
  /** first administrator, when none exists (otherwise a one-time password is printed) */
  readonly bootstrapAdmin: Readonly<{ username?: string; password?: string }>;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ENVS = ['development', 'test', 'production'] as const;

function oneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be an integer between 0 and 65535, got "${raw}"`);
  }
  return port;
}

function parseDatabase(env: NodeJS.ProcessEnv, cwd: string, problems: string[]): DatabaseTarget {
  const url = env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      problems.push('DATABASE_URL must start with postgres:// or postgresql://');
    }
    return { kind: 'postgres', url };
  }
  const dir = env.ANSINH_DATA_DIR ?? path.join(cwd, '.ansinh', 'pgdata');
  if (dir.trim() === '') problems.push('ANSINH_DATA_DIR must not be empty');
  // "memory" keeps the database in RAM only: used by tests and throwaway demos.
  return { kind: 'pglite', dataDir: dir === 'memory' ? null : path.resolve(cwd, dir) };
}

function parseCount(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    problems.push(`${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

function parseDemoPersons(env: NodeJS.ProcessEnv, problems: string[]): number {
  const raw = env.ANSINH_DEMO_PERSONS;
  if (raw === undefined || raw === '') return 200_000;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > 10_000_000) {
    problems.push(`ANSINH_DEMO_PERSONS must be an integer from 0 to 10000000, got "${raw}"`);
  }
  return value;
}

function parseFlag(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: boolean,
  problems: string[],
): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') problems.push(`${name} must be true or false`);
  return raw === 'true';
}

function parseAuth(env: NodeJS.ProcessEnv, problems: string[]): Config['auth'] {
  return Object.freeze({
    sessionIdleMinutes: parseCount(env, 'ANSINH_SESSION_IDLE_MINUTES', 30, problems),
    sessionMaxHours: parseCount(env, 'ANSINH_SESSION_MAX_HOURS', 12, problems),
    maxFailedLogins: parseCount(env, 'ANSINH_LOGIN_MAX_FAILURES', 5, problems),
    lockoutMinutes: parseCount(env, 'ANSINH_LOCKOUT_MINUTES', 15, problems),
    loginRatePerMinute: parseCount(env, 'ANSINH_LOGIN_RATE_PER_MINUTE', 30, problems),
    secureCookies: parseFlag(env, 'ANSINH_COOKIE_SECURE', true, problems),
  });
}

function parseTrustProxy(raw: string | undefined, problems: string[]): boolean | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  const address = /^[0-9a-fA-F:.]+(\/\d{1,3})?$/;
  if (!raw.split(',').every((part) => address.test(part.trim()))) {
    problems.push(
      'ANSINH_TRUST_PROXY must be true, false, or IP addresses/CIDRs separated by commas',
    );
  }
  return raw;
}

function parseAdmin(env: NodeJS.ProcessEnv, problems: string[]): Config['bootstrapAdmin'] {
  const username = env.ANSINH_ADMIN_USERNAME || undefined;
  const password = env.ANSINH_ADMIN_PASSWORD || undefined;
  if (password && !username) problems.push('ANSINH_ADMIN_PASSWORD needs ANSINH_ADMIN_USERNAME');
  return Object.freeze({
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
  });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!oneOf(nodeEnv, ENVS)) problems.push(`NODE_ENV must be one of ${ENVS.join(', ')}`);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!oneOf(logLevel, LOG_LEVELS))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const workMem = env.ANSINH_WORK_MEM ?? '64MB';
  if (!/^\d+(kB|MB|GB)$/.test(workMem)) problems.push('ANSINH_WORK_MEM must look like 64MB');
  const host = env.HOST ?? '127.0.0.1';
  if (host.trim() === '') problems.push('HOST must not be empty');
  const database = parseDatabase(env, cwd, problems);
  const config: Config = {
    env: nodeEnv as Config['env'],
    host,
    port: parsePort(env.PORT, problems),
    logLevel: logLevel as Config['logLevel'],
    database,
    workMem,
    webDistDir: path.resolve(cwd, env.ANSINH_WEB_DIST ?? 'web/dist'),
    // demo users have a published password: never by default on a database server
    demo: parseFlag(env, 'ANSINH_DEMO', database.kind === 'pglite', problems),
    demoPersons: parseDemoPersons(env, problems),
    auth: parseAuth(env, problems),
    bootstrapAdmin: parseAdmin(env, problems),
    trustProxy: parseTrustProxy(env.ANSINH_TRUST_PROXY, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({ ...config, database: Object.freeze(config.database) });
}
