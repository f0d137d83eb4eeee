// Builds the HTTP server: request ids, structured logs, error envelope, OpenAPI at /docs,
// health and readiness probes, the web app, and the routes each module contributes.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type {
  FastifyPluginAsyncTypebox,
  TypeBoxTypeProvider,
} from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { commonErrors } from '../errors.js';
import { errorHandler, sendError } from './error-handler.js';
import { loggerOptions } from './logger.js';
import { requestIdOf } from './request-id.js';
import { ErrorEnvelope } from './schemas.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** the permission a caller needs; enforced by the access-control layer */
    permission?: string;
  }
}

export interface HttpOptions {
  logLevel: string;
  /** where logs go (default stdout); tests capture them */
  logStream?: { write(line: string): void };
  webDistDir: string;
  /** readiness: resolves when the database answers and seeding is done */
  ready: () => Promise<boolean>;
  modules: { prefix: string; routes: FastifyPluginAsyncTypebox; schemas?: object[] }[];
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
    bodyLimit: 25 * 1024 * 1024,
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.addHook('onRoute', (route) => {
    const url = route.url ?? '';
    if (url.startsWith('/api/') && !route.config?.permission) {
      throw new Error(`Route ${route.method} ${url} declares no permission`);
    }
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );
  app.setErrorHandler(errorHandler);
  app.addSchema(ErrorEnvelope);
  for (const mod of options.modules) for (const schema of mod.schemas ?? []) app.addSchema(schema);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'ansinh API',
        version: '1',
        description: 'Social, health and unemployment insurance toward universal coverage.',
      },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  probes(app, options.ready);
  for (const mod of options.modules) await app.register(mod.routes, { prefix: mod.prefix });
  await webApp(app, options.webDistDir);
  return app;
}
