import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createTestDatabase } from '../../../tests/helpers/test-db.js';
import { signIn, testConfig } from '../../../tests/helpers/test-app.js';
import type { DB } from '../../db-schema.js';
import type { Database } from '../db/database.js';
import { buildHttpServer } from './server.js';

let database: Database<DB>;
const lines: string[] = [];
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp(database, {
    ...testConfig,
    logLevel: 'info',
    logStream: { write: (l) => void lines.push(l) },
  });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('HTTP platform', () => {
  it('logs requests by route pattern, never the query string or parameters', async () => {
    await app.inject({ method: 'GET', url: '/api/v1/geo/units?q=Nguyen%20Van%20An&at=2025-07-01' });
    await app.inject({
      method: 'GET',
      url: '/api/v1/geo/units/31?at=2025-07-01',
      headers: { cookie: 'sid=secret' },
    });
    // signed in, reading and registering persons: national IDs, names and the session stay out
    const officer = await signIn(app, 'hp.officer');
    const person = await database.kysely
      .selectFrom('person')
      .select(['id', 'national_id'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await officer({ method: 'GET', url: `/api/v1/registry/persons?q=${person.national_id}` });
    await officer({ method: 'GET', url: `/api/v1/registry/persons/${person.id}` });
    const added = await officer({
      method: 'POST',
      url: '/api/v1/registry/persons',
      payload: {
        nationalId: '030199123456',
        fullName: 'Đinh Thị Nhật Ký',
        birthDate: '1999-01-02',
        sex: 'female',
        communeCode: '10507',
      },
    });
    expect(added.statusCode).toBe(201);
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sessions',
      payload: { username: 'hp.officer', password: 'a wrong password' },
    });
    const text = lines.join('');
    expect(text).toContain('"route":"/api/v1/registry/persons/:id"');
    expect(text).not.toMatch(new RegExp(`${person.national_id}|030199123456|Nhật Ký|Nhat Ky`));
    expect(text).not.toMatch(/ansinh_session|ansinh_csrf|a wrong password|ansinh-demo/);
    expect(text).toContain('"route":"/api/v1/geo/units"');
    expect(text).toContain('"route":"/api/v1/geo/units/:code"');
    expect(text).not.toMatch(/Nguyen|secret|at=2025/);
    expect(lines.every((l) => JSON.parse(l).level)).toBe(true);
  });

  it('answers malformed JSON and unsupported media types with the envelope, not a crash', async () => {
    const inject = await signIn(app, 'admin');
    const bad = await inject({
      method: 'POST',
      url: '/api/v1/geo/reaggregations',
      payload: '{"from":',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'REQUEST_INVALID',
      messageVi: expect.any(String),
      requestId: expect.any(String),
    });
    const media = await inject({
      method: 'POST',
      url: '/api/v1/geo/reaggregations',
      payload: 'x',
      headers: { 'content-type': 'application/xml' },
    });
    expect(media.statusCode).toBe(415);
    expect(media.json().code).toBe('REQUEST_INVALID');
  });

  it('hides internals of unexpected errors behind a 500 with the request id', async () => {
    const broken: FastifyPluginAsyncTypebox = async (a) => {
      a.get('/boom', { config: { permission: 'test' } }, async () => {
        throw new Error('database password is hunter2');
      });
    };
    const logs: string[] = [];
    const server = await buildHttpServer({
      logLevel: 'error',
      logStream: { write: (l) => void logs.push(l) },
      webDistDir: '/none',
      ready: async () => true,
      modules: [{ prefix: '/api/t', routes: broken }],
    });
    const res = await server.inject({ method: 'GET', url: '/api/t/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({
      code: 'INTERNAL_ERROR',
      requestId: res.headers['x-request-id'],
    });
    expect(res.body).not.toContain('hunter2');
    expect(logs.join('')).toContain('unexpected error');
    await server.close();
  });

  it('turns constraint errors into 409/400 and logs database errors without the row', async () => {
    const dbError = (code: string) =>
      Object.assign(new Error('new row violates a constraint'), {
        code,
        detail: 'Failing row contains (7, 001099012345, Trần Văn Mẫu, 0912345678)',
        where: 'SQL statement',
      });
    const routes: FastifyPluginAsyncTypebox = async (a) => {
      a.get('/duplicate', { config: { permission: 'test' } }, async () => {
        throw dbError('23505');
      });
      a.get('/check', { config: { permission: 'test' } }, async () => {
        throw dbError('23514');
      });
      a.get('/other', { config: { permission: 'test' } }, async () => {
        throw dbError('42P01');
      });
    };
    const logs: string[] = [];
    const server = await buildHttpServer({
      logLevel: 'error',
      logStream: { write: (l) => void logs.push(l) },
      webDistDir: '/none',
      ready: async () => true,
      modules: [{ prefix: '/api/t', routes }],
    });
    const statuses = [];
    for (const url of ['/api/t/duplicate', '/api/t/check', '/api/t/other']) {
      const res = await server.inject({ method: 'GET', url });
      expect(res.body).not.toMatch(/001099012345|Mẫu/);
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([409, 400, 500]);
    expect(logs.join('')).toContain('42P01');
    expect(logs.join('')).not.toMatch(/001099012345|Mẫu|0912345678|Failing row/);
    await server.close();
  });

  it('documents both ways to authenticate in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['session', 'token']);
    expect(doc.paths['/api/v1/auth/sessions'].post).toBeDefined();
    expect(doc.paths['/api/v1/registry/persons'].get).toBeDefined();
  });

  it('refuses to start when an API route declares no permission', async () => {
    const undeclared: FastifyPluginAsyncTypebox = async (a) => {
      a.get('/open', async () => 'x');
    };
    await expect(
      buildHttpServer({
        logLevel: 'silent',
        webDistDir: '/none',
        ready: async () => true,
        modules: [{ prefix: '/api/t', routes: undeclared }],
      }),
    ).rejects.toThrow(/declares no permission/);
  });

  it('reports not ready when the database does not answer', async () => {
    const server = await buildHttpServer({
      logLevel: 'silent',
      webDistDir: '/none',
      ready: async () => Promise.reject(new Error('down')),
      modules: [],
    });
    const res = await server.inject({ method: 'GET', url: '/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json().code).toBe('SERVICE_UNAVAILABLE');
    await server.close();
  });
});

describe('web app serving', () => {
  it('serves the app for page paths, JSON 404s for unknown API paths, and never files outside it', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-web-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<div id="root"></div>');
    const server = await buildHttpServer({
      logLevel: 'silent',
      webDistDir: dist,
      ready: async () => true,
      modules: [],
    });
    expect(
      (await server.inject({ method: 'GET', url: '/localities?at=2025-07-01' })).body,
    ).toContain('id="root"');
    const api = await server.inject({ method: 'GET', url: '/api?x=1' });
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('ROUTE_NOT_FOUND');
    for (const url of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
    ]) {
      expect((await server.inject({ method: 'GET', url })).body).not.toContain('root:x:');
    }
    await server.close();
  });
});
