// The card check for facilities' reception desks (POST: identifiers stay out of URLs and logs).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { actorOf } from '../../platform/http/context.js';
import { CivilDate, errorResponses } from '../../platform/http/schemas.js';
import type { CardCheckLog } from './card-check.log.js';
import { checkCard } from './card-check.service.js';

const Text = (max: number) => Type.Optional(Type.String({ minLength: 1, maxLength: max }));

export function cardCheckRoutes(db: Db, log: CardCheckLog): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/card-check',
      {
        config: { permission: 'card.check' },
        schema: {
          tags: ['enrolment'],
          summary:
            'Check an HI card by card number, national ID or SI number (VSS result codes 000, 003, 004, 010, 050–053, 060, 070, 110, 205)',
          body: Type.Object({
            cardNumber: Text(30),
            nationalId: Text(20),
            siNumber: Text(20),
            fullName: Text(200),
            birthDate: Text(10),
            at: Type.Optional(CivilDate),
          }),
          response: {
            200: Type.Object({
              code: Type.String(),
              message: Type.String(),
              messageVi: Type.String(),
              at: Type.String(),
              holder: Type.Union([
                Type.Object({
                  fullName: Type.String(),
                  birthDate: Type.String(),
                  sex: Type.String(),
                }),
                Type.Null(),
              ]),
              card: Type.Union([Type.Ref('HiCard'), Type.Null()]),
              newCard: Type.Union([Type.Ref('HiCard'), Type.Null()]),
            }),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => checkCard(db, log, actorOf(request), request.body),
    );
  };
}
