// The actor of a request, set by the access-control hook before any handler runs (server.ts).
import type { FastifyRequest } from 'fastify';
import { anonymousActor, type Actor } from '../auth-context.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

export function actorOf(request: FastifyRequest): Actor {
  return request.actor ?? anonymousActor(request.id, request.ip);
}
