// HTTP routes of the calculator: an officer or a citizen describes a situation and gets the
// amounts, who pays them, and the rule rows they rest on. Any signed-in user: no personal data
// is read or written. Closed choices and shapes are checked here; amounts, counts and dates
// by the pure calculator, which says what is wrong in both languages.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import { CivilDate, errorResponses } from '../../platform/http/schemas.js';
import {
  calculateCompulsory,
  calculateHousehold,
  calculateVoluntary,
} from './calculator.service.js';
import { PAYERS } from './contributions.codes.js';

const tags = ['contributions'];
const Opt = Type.Optional;
const lit = <T extends string>(...values: T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', examples: ['2024-08'] });
const Vnd = Type.Integer({ description: 'whole VND' });
const ProvinceCode = Type.String({ pattern: '^\\d{2}$' });
const CommuneCode = Type.String({ pattern: '^\\d{5}$' });
const GroupCode = Type.String({ pattern: '^[A-Z]{2}$' });
const Statuses = Type.Array(Type.String({ pattern: '^[a-z_]{2,40}$' }), { maxItems: 20 });

const PersonFacts = Type.Object({
  groupCode: Opt(GroupCode),
  statuses: Type.Array(Type.String({ pattern: '^[a-z_]{2,40}$' }), { maxItems: 20, default: [] }),
  birthDate: Opt(CivilDate),
  communeCode: Opt(CommuneCode),
  hasValidCard: Opt(Type.Boolean()),
  occupations: Opt(Type.Array(Type.String({ pattern: '^[a-z0-9_]{2,60}$' }), { maxItems: 20 })),
});

const Payer = lit(...PAYERS);

export const CalculationSchema = Type.Object(
  {
    total: Vnd,
    byPayer: Type.Record(Type.String(), Vnd, { description: 'VND by payer' }),
    lines: Type.Array(
      Type.Object({
        item: Type.String(),
        payer: Payer,
        month: Opt(Month),
        member: Opt(Type.Integer({ description: 'household member, 1-based' })),
        base: Vnd,
        percent: Type.String({ description: 'the share applied, as the rule’s percentage text' }),
        amount: Vnd,
      }),
    ),
    rulesUsed: Type.Array(
      Type.Object({
        table: Type.String(),
        id: Type.Integer(),
        legalRef: Type.String(),
        confirmed: Type.Boolean(),
      }),
    ),
    notes: Type.Array(Type.Object({ en: Type.String(), vi: Type.String() })),
  },
  { $id: 'ContributionCalculation' },
);

const reply = { 200: Type.Ref('ContributionCalculation'), ...errorResponses(400, 401, 404, 422) };
const config = { permission: 'authenticated' };

export function calculatorRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/calculations/compulsory',
      {
        config,
        schema: {
          tags,
          summary: 'Compulsory SI, HI and UI of one employee for one month, by payer',
          body: Type.Object({
            month: Month,
            salary: Vnd,
            region: Opt(Type.Integer({ description: 'minimum-wage region 1–4' })),
            communeCode: Opt(CommuneCode),
            payRegime: Opt(lit('employer_set', 'state_scale')),
            unpaidDays: Opt(Type.Integer()),
            oaOdVariant: Opt(lit('standard', 'high_risk')),
            covidRelief: Opt(Type.Boolean()),
          }),
          response: reply,
        },
      },
      async (request) => calculateCompulsory(db, request.body),
    );

    app.post(
      '/calculations/voluntary-si',
      {
        config,
        schema: {
          tags,
          summary:
            'Voluntary SI for a chosen income and payment period, with national and local support',
          body: Type.Object({
            start: Month,
            income: Vnd,
            months: Type.Integer({
              minimum: 1,
              maximum: 60,
              description: '1, 3, 6, 12, 24, 36, 48 or 60',
            }),
            supportGroup: lit('poor', 'near_poor', 'ethnic_minority', 'island', 'other'),
            supportedMonthsBefore: Opt(Type.Integer()),
            provinceCode: Opt(ProvinceCode),
            person: Opt(PersonFacts),
          }),
          response: reply,
        },
      },
      async (request) => calculateVoluntary(db, request.body),
    );

    app.post(
      '/calculations/household-hi',
      {
        config,
        schema: {
          tags,
          summary: 'Household HI for members joining together, with national and local support',
          body: Type.Object({
            start: CivilDate,
            months: Opt(Type.Integer({ minimum: 1, maximum: 12, default: 12 })),
            members: Type.Array(
              Type.Object({
                groupCode: Opt(GroupCode),
                birthDate: Opt(CivilDate),
                statuses: Opt(Statuses),
              }),
              { minItems: 1, maxItems: 50 },
            ),
            provinceCode: Opt(ProvinceCode),
            communeCode: Opt(CommuneCode),
          }),
          response: reply,
        },
      },
      async (request) => calculateHousehold(db, request.body),
    );
  };
}
