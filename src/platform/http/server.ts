// Builds the HTTP server: request ids, structured logs, error envelope, OpenAPI at /docs,
// health and readiness probes, the web app, and the routes each module contributes.
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type {
  FastifyPluginAsyncTypebox,
  TypeBoxTypeProvider,
} from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Actor } from '../auth-context.js';
import { AppError, commonErrors } from '../errors.js';
import { makeErrorHandler, sendError, type RefusalRecorder } from './error-handler.js';
import { loggerOptions } from './logger.js';
import { requestIdOf } from './request-id.js';
import { ErrorEnvelope } from './schemas.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** every /api route with its permission: the permission list in docs and tests reads it */
    apiRoutes: { method: string; url: string; permission: string }[];
  }
  interface FastifyContextConfig {
    /**
     * the permission a caller needs, checked before the handler runs: 'public' (no sign-in),
     * 'authenticated' (any signed-in caller) or a permission code such as 'registry.read'
     */
    permission?: string;
    /**
     * 'national': the permission must be held nationwide, not in a province or commune
     * (editing geography or users changes what everyone may see)
     */
    scope?: 'national';
  }
}

export interface HttpOptions {
  logLevel: string;
  /** where logs go (default stdout); tests capture them */
  logStream?: { write(line: string): void };
  webDistDir: string;
  /** whom to believe for the client address behind a proxy (Fastify's trustProxy) */
  trustProxy?: boolean | string;
  /** readiness: resolves when the database answers and seeding is done */
  ready: () => Promise<boolean>;
  modules: { prefix: string; routes: FastifyPluginAsyncTypebox; schemas?: object[] }[];
  /**
   * Authenticates the caller and checks the route's permission, or throws an AppError (401/403).
   * Installed by the app (the auth module); without it every caller is anonymous.
   */
  authorize?: (request: FastifyRequest, permission: string) => Promise<Actor>;
  /** audits refused requests (every 403, and 401s for bad credentials) */
  recordRefusal?: RefusalRecorder;
}

function rateLimited(ttlMs: number) {
  const seconds = Math.ceil(ttlMs / 1000);
  return new AppError({
    code: 'RATE_LIMITED',
    status: 429,
    message: `Too many requests from this address; try again in ${seconds} s`,
    messageVi: `Quá nhiều yêu cầu từ địa chỉ này; vui lòng thử lại sau ${seconds} giây`,
    details: { retryAfterSeconds: seconds },
  });
}

function accessControl(app: FastifyInstance, authorize: HttpOptions['authorize']) {
  app.addHook('onRequest', async (request) => {
    const permission = request.routeOptions.config?.permission;
    if (!permission || !authorize) return;
    request.actor = await authorize(request, permission);
  });
}

function probes(app: FastifyInstance, ready: HttpOptions['ready']) {
  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async (request, reply) => {
    const ok = await ready().catch(() => false);
    if (!ok) return sendError(reply, request, commonErrors.unavailable());
    return { status: 'ready' };
  });
}

async function webApp(app: FastifyInstance, distDir: string) {
  const index = path.join(distDir, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) await app.register(fastifyStatic, { root: distDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const urlPath = request.url.split('?')[0]!;
    const isPage = request.method === 'GET' && !/^\/(api|docs)(\/|$)/.test(urlPath);
    if (isPage && hasWeb) return reply.type('text/html').sendFile('index.html');
    return sendError(reply, request, commonErrors.routeNotFound(request.method, urlPath));
  });
}

export async function buildHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel, options.logStream),
    genReqId: requestIdOf,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 25 * 1024 * 1024,
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('apiRoutes', [] as FastifyInstance['apiRoutes']);
  app.addHook('onRoute', (route) => {
    const url = route.url ?? '';
    if (!url.startsWith('/api/')) return;
    const permission = route.config?.permission;
    if (!permission) throw new Error(`Route ${route.method} ${url} declares no permission`);
    for (const method of [route.method].flat()) app.apiRoutes.push({ method, url, permission });
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );
  app.setErrorHandler(makeErrorHandler(options.recordRefusal));
  await app.register(fastifyCookie);
  // off by default; routes opt in with `config.rateLimit` (sign-in does)
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => rateLimited(context.ttl),
  });
  accessControl(app, options.authorize);
  app.addSchema(ErrorEnvelope);
  for (const mod of options.modules) for (const schema of mod.schemas ?? []) app.addSchema(schema);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'ansinh API',
        version: '1',
        description:
          'Social, health and unemployment insurance toward universal coverage. Sign in with ' +
          'POST /api/v1/auth/sessions (session cookie; writes echo the ansinh_csrf cookie in ' +
          'X-CSRF-Token) or send an API token as a Bearer token.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ansinh_session' },
          token: { type: 'http', scheme: 'bearer', description: 'ansinh_<prefix>_<secret>' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  probes(app, options.ready);
  for (const mod of options.modules) await app.register(mod.routes, { prefix: mod.prefix });
  await webApp(app, options.webDistDir);
  return app;
}
