// Employer routes: a scoped list and an employer with its employees and declarations.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { actorOf } from '../../platform/http/context.js';
import { CivilDate, errorResponses, Limit, RowId } from '../../platform/http/schemas.js';
import { getEmployer, listEmployers } from './employers.service.js';

const tags = ['registry'];

export function employerRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/employers',
      {
        config: { permission: 'registry.read' },
        schema: {
          tags,
          summary: 'Employers in your area, by tax code prefix or name without diacritics',
          querystring: Type.Object({
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            limit: Limit,
            cursor: Type.Optional(Type.Integer({ minimum: 1 })),
          }),
          response: { 400: Type.Ref('ErrorEnvelope') },
        },
      },
      async (request) => listEmployers(db, actorOf(request), request.query),
    );

    app.get(
      '/employers/:id',
      {
        config: { permission: 'registry.read' },
        schema: {
          tags,
          summary: 'An employer with its employees at a date and what it declared for them',
          params: Type.Object({ id: RowId }),
          querystring: Type.Object({ at: Type.Optional(CivilDate) }),
          response: errorResponses(401, 403, 404),
        },
      },
      async (request) => getEmployer(db, actorOf(request), request.params.id, request.query.at),
    );
  };
}
