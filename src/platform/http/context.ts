// The actor context every write carries into its audit record. Until sign-in exists (the
// access-control issue), requests act as 'anonymous'.
import type { FastifyRequest } from 'fastify';
import type { ActorContext } from '../audit.js';

export function actorOf(request: FastifyRequest): ActorContext {
  return { actor: 'anonymous', requestId: request.id };
}
