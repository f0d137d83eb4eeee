import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('config', () => {
  it('defaults to embedded PGlite under ./.ansinh on port 3000', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.database).toEqual({
      kind: 'pglite',
      dataDir: path.join('/srv/app', '.ansinh', 'pgdata'),
    });
    expect(c.port).toBe(3000);
    expect(c.workMem).toBe('64MB');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('switches to a PostgreSQL server with DATABASE_URL and honours PORT and HOST', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/ansinh',
      PORT: '8080',
      HOST: '0.0.0.0',
    });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/ansinh' });
    expect([c.host, c.port]).toEqual(['0.0.0.0', 8080]);
  });

  it('fails fast, naming every bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(3);
      expect((error as Error).message).toMatch(/PORT.*\n.*LOG_LEVEL|LOG_LEVEL/s);
    }
  });
});

describe('config edge cases', () => {
  it('refuses an empty data directory or host instead of using the current directory', () => {
    expect(() => loadConfig({ ANSINH_DATA_DIR: '' })).toThrow(/ANSINH_DATA_DIR/);
    expect(() => loadConfig({ HOST: ' ' })).toThrow(/HOST/);
  });

  it('keeps the database in memory when asked', () => {
    expect(loadConfig({ ANSINH_DATA_DIR: 'memory' }).database).toEqual({
      kind: 'pglite',
      dataDir: null,
    });
  });

  it('reads the generated demo province size, 200,000 persons unless told', () => {
    expect(loadConfig({}).demoPersons).toBe(200_000);
    expect(loadConfig({ ANSINH_DEMO_PERSONS: '0' }).demoPersons).toBe(0);
    expect(() => loadConfig({ ANSINH_DEMO_PERSONS: '-5' })).toThrow(/ANSINH_DEMO_PERSONS/);
  });

  it('seeds demo users only on the embedded database unless told, and reads the sign-in policy', () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x', ANSINH_DEMO: 'true' }).demo).toBe(true);
    const c = loadConfig({ ANSINH_LOGIN_MAX_FAILURES: '3', ANSINH_COOKIE_SECURE: 'false' });
    expect(c.auth).toMatchObject({
      maxFailedLogins: 3,
      secureCookies: false,
      sessionIdleMinutes: 30,
    });
    expect(() => loadConfig({ ANSINH_SESSION_IDLE_MINUTES: '0' })).toThrow(/IDLE/);
    expect(() => loadConfig({ ANSINH_DEMO: 'yes' })).toThrow(/ANSINH_DEMO/);
    expect(() => loadConfig({ ANSINH_ADMIN_PASSWORD: 'x' })).toThrow(/ANSINH_ADMIN_USERNAME/);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(() => loadConfig({ ANSINH_TRUST_PROXY: 'TRUE' })).toThrow(/ANSINH_TRUST_PROXY/);
    expect(loadConfig({ ANSINH_TRUST_PROXY: '10.0.0.1,10.0.0.2' }).trustProxy).toBe(
      '10.0.0.1,10.0.0.2',
    );
  });
});
