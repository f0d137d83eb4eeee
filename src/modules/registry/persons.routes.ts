// Person routes: scoped lists and records, creation, CSV export, and aggregate counts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { actorOf } from '../../platform/http/context.js';
import { CivilDate, errorResponses, Limit, page, RowId } from '../../platform/http/schemas.js';
import { personCounts } from './person-counts.service.js';
import { personProfile } from './profile.service.js';
import { exportPersons } from './persons.export.js';
import { createPerson, getPerson, listPersons } from './persons.service.js';

const tags = ['registry'];
const UnitCode = Type.String({ pattern: '^[0-9A-Z]{2,5}$' });
const Filter = {
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  unitCode: Type.Optional(UnitCode),
};

export function personRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/persons',
      {
        config: { permission: 'registry.read' },
        schema: {
          tags,
          summary:
            'Persons in your area; national IDs and phones masked without registry.read_full',
          querystring: Type.Object({
            ...Filter,
            limit: Limit,
            cursor: Type.Optional(Type.Integer({ minimum: 1 })),
          }),
          response: { 200: page(Type.Ref('Person')), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => listPersons(db, actorOf(request), request.query),
    );

    app.get(
      '/persons/export.csv',
      {
        config: { permission: 'registry.export' },
        schema: {
          tags,
          summary: 'Export persons in your area as CSV (audited)',
          querystring: Type.Object(Filter),
        },
      },
      async (request, reply) => {
        const stream = await exportPersons(db, actorOf(request), request.query);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="nguoi-tham-gia.csv"')
          .send(stream);
      },
    );

    app.get(
      '/persons/:id',
      {
        config: { permission: 'registry.read' },
        schema: {
          tags,
          summary: "A person's record (the read is audited)",
          params: Type.Object({ id: RowId }),
          response: { 200: Type.Ref('Person'), ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => getPerson(db, actorOf(request), request.params.id),
    );

    app.get(
      '/persons/:id/profile',
      {
        config: { permission: 'registry.read' },
        schema: {
          tags,
          summary: "A person's household, statuses, residences and employments",
          params: Type.Object({ id: RowId }),
          response: errorResponses(401, 403, 404),
        },
      },
      async (request) => personProfile(db, actorOf(request), request.params.id),
    );

    app.post(
      '/persons',
      {
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: 'Register a person residing in a commune of your area',
          body: Type.Object({
            nationalId: Type.String({ pattern: '^[0-9]{12}$' }),
            fullName: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
            birthDate: CivilDate,
            sex: Type.Union([Type.Literal('male'), Type.Literal('female')]),
            phone: Type.Optional(Type.String({ pattern: '^0[0-9]{9}$' })),
            communeCode: UnitCode,
            siNumber: Type.Optional(Type.String({ pattern: '^[0-9]{10}$' })),
            ethnicity: Type.Optional(Type.String({ pattern: '^[0-9]{2}$' })),
          }),
          response: { 201: Type.Ref('Person'), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const person = await createPerson(db, actorOf(request), request.body);
        return reply.status(201).send(person);
      },
    );

    app.get(
      '/person-counts',
      {
        config: { permission: 'coverage.read' },
        schema: {
          tags,
          summary: 'Persons per child unit of a locality (aggregate: no names)',
          querystring: Type.Object({ unitCode: UnitCode }),
          response: {
            200: Type.Object({
              unit: Type.Object({ code: Type.String(), name: Type.String() }),
              total: Type.Integer(),
              items: Type.Array(
                Type.Object({ code: Type.String(), name: Type.String(), persons: Type.Integer() }),
              ),
            }),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => personCounts(db, actorOf(request), request.query.unitCode),
    );
  };
}
