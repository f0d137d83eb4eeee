// Registry writes around persons (statuses, moves) and employers; reference lists.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { actorOf } from '../../platform/http/context.js';
import { CivilDate, errorResponses, RowId } from '../../platform/http/schemas.js';
import { createEmployer } from './employers.write.js';
import { createHousehold, joinHousehold } from './households.service.js';
import { listAgents, listFacilities } from './places.service.js';
import { movePerson } from './residence.service.js';
import { addStatus } from './statuses.service.js';

const tags = ['registry'];

const UnitCode = Type.String({ pattern: '^[0-9A-Z]{2,5}$' });
const Relation = Type.Union([
  Type.Literal('head'),
  Type.Literal('spouse'),
  Type.Literal('child'),
  Type.Literal('parent'),
  Type.Literal('grandchild'),
  Type.Literal('other'),
]);

export function registryWriteRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/persons/:id/statuses',
      {
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: 'Record a status (poor, near-poor, pupil…) with its source decision and period',
          params: Type.Object({ id: RowId }),
          body: Type.Object({
            status: Type.String({ pattern: '^[a-z_]{2,40}$' }),
            source: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
            validFrom: CivilDate,
            validTo: Type.Optional(CivilDate),
          }),
          response: errorResponses(400, 401, 403, 404, 409),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addStatus(db, actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/persons/:id/residence',
      {
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: 'Move a person to another commune from a date',
          params: Type.Object({ id: RowId }),
          body: Type.Object({ communeCode: UnitCode, validFrom: CivilDate }),
          response: errorResponses(400, 401, 403, 404),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await movePerson(db, actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/households',
      {
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: 'Register a household in a commune of your area',
          body: Type.Object({
            code: Type.String({ pattern: '^[0-9A-Z]{6,15}$' }),
            communeCode: UnitCode,
            address: Type.Optional(Type.String({ maxLength: 300 })),
          }),
          response: errorResponses(400, 401, 403, 404, 409),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createHousehold(db, actorOf(request), request.body)),
    );

    app.post(
      '/persons/:id/household',
      {
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: 'Place a person in a household, with their relation to the head',
          params: Type.Object({ id: RowId }),
          body: Type.Object({
            householdCode: Type.String({ pattern: '^[0-9A-Z]{6,15}$' }),
            relation: Relation,
          }),
          response: errorResponses(400, 401, 403, 404, 409),
        },
      },
      async (request) => joinHousehold(db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/employers',
      {
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: 'Register an employer in a commune of your area',
          body: Type.Object({
            taxCode: Type.String({ pattern: '^[0-9]{10}(-[0-9]{3})?$' }),
            name: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
            businessRegNo: Type.Optional(Type.String({ maxLength: 30 })),
            sector: Type.String({ pattern: '^[A-U]$' }),
            communeCode: UnitCode,
            reportedEmployees: Type.Optional(Type.Integer({ minimum: 0 })),
          }),
          response: errorResponses(400, 401, 403, 404, 409),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createEmployer(db, actorOf(request), request.body)),
    );

    app.get(
      '/facilities',
      {
        config: { permission: 'authenticated' },
        schema: {
          tags,
          summary: 'Medical facilities (reference data), optionally of one province',
          querystring: Type.Object({ provinceCode: Type.Optional(UnitCode) }),
        },
      },
      async (request) => ({ items: await listFacilities(db, request.query.provinceCode) }),
    );

    app.get(
      '/collection-agents',
      {
        config: { permission: 'registry.read' },
        schema: {
          tags,
          summary: 'Collection agents based in your area, with the communes they serve',
        },
      },
      async (request) => ({ items: await listAgents(db, actorOf(request)) }),
    );
  };
}
