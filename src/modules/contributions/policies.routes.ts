// Support-policy routes under /api/v1/contributions: reads for any signed-in user (policies are
// public law, no personal data), writes under `policy.write` within the caller's reach.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import type { Db } from '../../db-schema.js';
import { actorOf } from '../../platform/http/context.js';
import { CivilDate, errorResponses, RowId } from '../../platform/http/schemas.js';
import { PolicySchema } from './policies.presenter.js';
import { PolicyConditionSchema } from './policies.rules.js';
import {
  createPolicy,
  getPolicy,
  listPolicies,
  updatePolicy,
  type PolicyInput,
} from './policies.service.js';

const tags = ['contributions'];
const ProvinceCode = Type.String({ pattern: '^[0-9]{2}$' });
const Scheme = Type.Union([Type.Literal('hi'), Type.Literal('vsi')]);
const Status = Type.Union([
  Type.Literal('draft'),
  Type.Literal('active'),
  Type.Literal('withdrawn'),
]);
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
const OrNull = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()]);

/** The fields of a policy a caller writes (also the draft a simulation takes). */
export const PolicyFields = {
  code: Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{1,39}$' }),
  nameVi: Text(300),
  nameEn: Text(300),
  issuerProvinceCode: OrNull(ProvinceCode),
  scheme: Scheme,
  condition: PolicyConditionSchema,
  sharePercent: Type.Optional(
    OrNull(Type.Union([Type.String({ pattern: '^-?\\d{1,3}(\\.\\d{1,4})?$' }), Type.Number()])),
  ),
  amount: Type.Optional(OrNull(Type.Integer({ minimum: 1, maximum: 1_000_000_000 }))),
  stacking: Type.Union([Type.Literal('add'), Type.Literal('top_up_to')]),
  validFrom: CivilDate,
  validTo: Type.Optional(OrNull(CivilDate)),
  legalRef: Text(300),
  budgetLine: Type.Optional(OrNull(Text(300))),
  confirmed: Type.Optional(Type.Boolean()),
  note: Type.Optional(OrNull(Type.String({ maxLength: 2000 }))),
};

export const NewPolicyBody = Type.Object(
  {
    ...PolicyFields,
    status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('active')])),
  },
  { additionalProperties: false },
);

export type NewPolicy = Static<typeof NewPolicyBody>;

/** Defaults of the optional fields. */
export function policyInput(body: NewPolicy): PolicyInput {
  return {
    ...body,
    sharePercent: body.sharePercent ?? null,
    amount: body.amount ?? null,
    validTo: body.validTo ?? null,
    budgetLine: body.budgetLine ?? null,
    status: body.status ?? 'draft',
    confirmed: body.confirmed ?? true,
    note: body.note ?? null,
  };
}

export function policyRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/policies',
      {
        config: { permission: 'authenticated' },
        schema: {
          tags,
          summary: 'Provincial support policies, by issuing province, scheme, status and date',
          querystring: Type.Object({
            province: Type.Optional(ProvinceCode),
            scheme: Type.Optional(Scheme),
            status: Type.Optional(Status),
            at: Type.Optional(CivilDate),
          }),
          response: {
            200: Type.Object({ items: Type.Array(PolicySchema) }),
            ...errorResponses(400, 401),
          },
        },
      },
      async (request) => {
        const { province, ...rest } = request.query;
        return listPolicies(db, { ...rest, provinceCodes: province ? [province] : undefined });
      },
    );

    app.get(
      '/policies/:id',
      {
        config: { permission: 'authenticated' },
        schema: {
          tags,
          summary: 'One support policy',
          params: Type.Object({ id: RowId }),
          response: { 200: PolicySchema, ...errorResponses(401, 404) },
        },
      },
      async (request) => getPolicy(db, request.params.id),
    );

    app.post(
      '/policies',
      {
        config: { permission: 'policy.write' },
        schema: {
          tags,
          summary: 'Create a support policy (draft or active; audited)',
          body: NewPolicyBody,
          response: { 201: PolicySchema, ...errorResponses(400, 401, 403, 409, 422) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createPolicy(db, actorOf(request), policyInput(request.body))),
    );

    app.patch(
      '/policies/:id',
      {
        config: { permission: 'policy.write' },
        schema: {
          tags,
          summary: 'Edit a support policy; status goes draft → active → withdrawn (audited)',
          params: Type.Object({ id: RowId }),
          body: Type.Partial(Type.Object({ ...PolicyFields, status: Status }), {
            additionalProperties: false,
            minProperties: 1,
          }),
          response: { 200: PolicySchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => updatePolicy(db, actorOf(request), request.params.id, request.body),
    );
  };
}
