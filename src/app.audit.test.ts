// Every write endpoint leaves exactly one audit event; computations that change nothing leave
// none. The table must name every non-GET API route: a new write route without an entry here
// (or in its module's *.audit-steps.ts, added below) fails the first test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInVietnam } from './platform/dates.js';
import { auditCount, createTestApp, signIn, type TestApp } from '../tests/helpers/test-app.js';
import { DEMO_FACILITY } from './demo.js';
import { resolveUnit } from './modules/geo/index.js';
import { contributionsAuditSteps } from './modules/contributions/contributions.audit-steps.js';
import { coverageAuditSteps } from './modules/coverage/coverage.audit-steps.js';
import { reportsAuditSteps } from './modules/reports/reports.audit-steps.js';
import type { Call, Step } from '../tests/helpers/audit-steps.js';

const NEXT_YEAR = addDays(todayInVietnam(), 365);
const AUDIT_FACILITY = '31988';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const province = await resolveUnit(t.db, '31', todayInVietnam());
  await t.db
    .insertInto('facility')
    .values({
      code: AUDIT_FACILITY,
      name: 'Trạm Y tế kiểm thử',
      tier: 'commune',
      province_id: province.id,
    })
    .execute();
});
afterAll(() => t.close());

const call: Call = (method, url, payload) =>
  t.inject({ method, url, ...(payload ? { payload } : {}) });

const steps: Step[] = [
  {
    route: 'POST /api/v1/geo/reaggregations',
    audits: 0,
    run: () =>
      call('POST', '/api/v1/geo/reaggregations', {
        from: '2025-06-30',
        to: '2025-07-01',
        items: [{ code: '30', count: 10 }],
      }),
  },
  {
    route: 'POST /api/v1/geo/agencies',
    audits: 1,
    run: () =>
      call('POST', '/api/v1/geo/agencies', {
        code: 'KV-AUD',
        name: 'Bảo hiểm xã hội khu vực kiểm thử',
        kind: 'regional',
        validFrom: '2025-04-01',
        validTo: null,
        legalRef: 'test',
        source: 'test',
      }),
  },
  {
    route: 'PATCH /api/v1/geo/agencies/:agencyCode',
    audits: 1,
    run: () =>
      call('PATCH', '/api/v1/geo/agencies/KV-AUD?at=2025-05-01', { name: 'BHXH khu vực kiểm thử' }),
  },
  {
    route: 'POST /api/v1/geo/agencies/:agencyCode/jurisdictions',
    audits: 1,
    run: () =>
      call('POST', '/api/v1/geo/agencies/KV-AUD/jurisdictions', {
        unitCode: '30',
        validFrom: '2025-04-01',
        validTo: '2025-07-01',
        legalRef: 'test',
      }),
    keep: (body: { jurisdictions: { id: number }[] }, ctx) => {
      ctx.jurisdiction = body.jurisdictions[0]!.id;
    },
  },
  {
    route: 'PATCH /api/v1/geo/jurisdictions/:id',
    audits: 1,
    run: (ctx) =>
      call('PATCH', `/api/v1/geo/jurisdictions/${ctx.jurisdiction}`, { validTo: '2025-06-01' }),
  },
  {
    route: 'DELETE /api/v1/geo/jurisdictions/:id',
    audits: 1,
    run: (ctx) => call('DELETE', `/api/v1/geo/jurisdictions/${ctx.jurisdiction}`),
  },
  {
    route: 'PUT /api/v1/geo/units/:code/successors',
    audits: 1,
    run: async () => {
      const url = '/api/v1/geo/units/10507/successors?at=2025-06-30';
      const current = (await t.inject({ method: 'GET', url })).json() as {
        items: { unit: { code: string } }[];
      };
      const note = 'operator correction (test)';
      return call('PUT', url, {
        successors: [{ code: current.items[0]!.unit.code, share: '1', method: 'operator', note }],
      });
    },
  },
  {
    route: 'POST /api/v1/geo/denominator-imports',
    audits: 1,
    run: () =>
      t.inject({
        method: 'POST',
        url: '/api/v1/geo/denominator-imports',
        payload: 'code,year,kind,value,source\n30,2023,population,1950000,test\n',
        headers: { 'content-type': 'text/csv' },
      }),
  },
  {
    route: 'POST /api/v1/auth/users',
    audits: 1,
    run: () =>
      call('POST', '/api/v1/auth/users', {
        username: 'audit.subject',
        displayName: 'Người dùng kiểm thử',
        password: 'temporary-2026',
      }),
    keep: (body: { id: number }, ctx) => {
      ctx.user = body.id;
    },
  },
  {
    route: 'PATCH /api/v1/auth/users/:id',
    audits: 1,
    run: (ctx) => call('PATCH', `/api/v1/auth/users/${ctx.user}`, { displayName: 'Đổi tên' }),
  },
  {
    route: 'POST /api/v1/auth/users/:id/assignments',
    audits: 1,
    run: (ctx) =>
      call('POST', `/api/v1/auth/users/${ctx.user}/assignments`, {
        roleCode: 'steering_viewer',
        scope: { kind: 'unit', unitCode: '31' },
      }),
    keep: (body: { id: number }, ctx) => {
      ctx.assignment = body.id;
    },
  },
  {
    route: 'DELETE /api/v1/auth/users/:id/assignments/:assignmentId',
    audits: 1,
    run: (ctx) => call('DELETE', `/api/v1/auth/users/${ctx.user}/assignments/${ctx.assignment}`),
  },
  {
    route: 'POST /api/v1/auth/users/:id/tokens',
    audits: 1,
    run: (ctx) =>
      call('POST', `/api/v1/auth/users/${ctx.user}/tokens`, {
        name: 'feed',
        expiresOn: NEXT_YEAR,
      }),
    keep: (body: { id: number }, ctx) => {
      ctx.token = body.id;
    },
  },
  {
    route: 'DELETE /api/v1/auth/tokens/:tokenId',
    audits: 1,
    run: (ctx) => call('DELETE', `/api/v1/auth/tokens/${ctx.token}`),
  },
  {
    route: 'POST /api/v1/auth/users/:id/password-reset',
    audits: 1,
    run: (ctx) =>
      call('POST', `/api/v1/auth/users/${ctx.user}/password-reset`, {
        newPassword: 'another-temp-1',
      }),
  },
  {
    route: 'POST /api/v1/auth/sessions',
    audits: 1,
    run: () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sessions',
        payload: { username: 'audit.subject', password: 'another-temp-1' },
      }),
  },
  {
    route: 'POST /api/v1/auth/password',
    audits: 1,
    run: async () => {
      const subject = await signIn(t.app, 'audit.subject', 'another-temp-1');
      const before = await auditCount(t.db);
      const reply = await subject({
        method: 'POST',
        url: '/api/v1/auth/password',
        payload: { currentPassword: 'another-temp-1', newPassword: 'mine and only mine' },
      });
      return Object.assign(reply, { auditsBefore: before });
    },
  },
  {
    route: 'DELETE /api/v1/auth/sessions/current',
    audits: 1,
    run: async () => {
      const subject = await signIn(t.app, 'audit.subject', 'mine and only mine');
      const before = await auditCount(t.db);
      const reply = await subject({ method: 'DELETE', url: '/api/v1/auth/sessions/current' });
      return Object.assign(reply, { auditsBefore: before });
    },
  },
  {
    route: 'POST /api/v1/registry/persons',
    audits: 1,
    run: () =>
      call('POST', '/api/v1/registry/persons', {
        nationalId: '030190000123',
        fullName: 'Đào Thị Kiểm',
        birthDate: '1990-05-06',
        sex: 'female',
        communeCode: '10507',
        siNumber: '3199000123',
      }),
    keep: (body: { id: number }, ctx) => (ctx.personId = body.id),
  },
  {
    route: 'POST /api/v1/registry/persons/:id/statuses',
    audits: 1,
    run: (ctx) =>
      call('POST', `/api/v1/registry/persons/${ctx.personId}/statuses`, {
        status: 'near_poor',
        source: 'QĐ 1/QĐ-UBND',
        validFrom: '2026-01-01',
      }),
  },
  {
    route: 'POST /api/v1/registry/persons/:id/residence',
    audits: 1,
    run: async (ctx) => {
      const commune = await t.db
        .selectFrom('admin_unit')
        .select('code')
        .where('level', '=', 'commune')
        .where('valid_to', 'is', null)
        .where('code', '!=', '10507')
        .orderBy('code')
        .executeTakeFirstOrThrow();
      return call('POST', `/api/v1/registry/persons/${ctx.personId}/residence`, {
        communeCode: commune.code,
        validFrom: '2099-01-01',
      });
    },
  },
  {
    route: 'POST /api/v1/registry/households',
    audits: 1,
    run: () =>
      call('POST', '/api/v1/registry/households', { code: 'HGD0AUDIT1', communeCode: '10507' }),
  },
  {
    route: 'POST /api/v1/registry/persons/:id/household',
    audits: 1,
    run: (ctx) =>
      call('POST', `/api/v1/registry/persons/${ctx.personId}/household`, {
        householdCode: 'HGD0AUDIT1',
        relation: 'head',
      }),
  },
  {
    route: 'POST /api/v1/registry/employers',
    audits: 1,
    run: () =>
      call('POST', '/api/v1/registry/employers', {
        taxCode: '0800000555',
        name: 'Công ty Kiểm Thử',
        sector: 'C',
        communeCode: '10507',
      }),
  },
  {
    route: 'POST /api/v1/enrolment/persons/:id/coverage-periods',
    audits: 1,
    run: (ctx) =>
      call('POST', `/api/v1/enrolment/persons/${ctx.personId}/coverage-periods`, {
        scheme: 'hi',
        groupCode: 'GD',
        payer: 'household',
        validFrom: '2026-01-01',
      }),
    keep: (body: { id: number }, ctx) => (ctx.periodId = body.id),
  },
  {
    route: 'POST /api/v1/enrolment/persons/:id/cards',
    audits: 1,
    run: (ctx) =>
      call('POST', `/api/v1/enrolment/persons/${ctx.personId}/cards`, {
        facilityCode: AUDIT_FACILITY,
        validFrom: '2026-01-01',
      }),
    keep: (body: { id: number }, ctx) => (ctx.cardId = body.id),
  },
  {
    route: 'POST /api/v1/enrolment/cards/:id/renew',
    audits: 1,
    run: (ctx) => call('POST', `/api/v1/enrolment/cards/${ctx.cardId}/renew`, {}),
    keep: (body: { id: number }, ctx) => (ctx.renewedId = body.id),
  },
  {
    route: 'POST /api/v1/enrolment/cards/:id/revoke',
    audits: 1,
    run: (ctx) =>
      call('POST', `/api/v1/enrolment/cards/${ctx.renewedId}/revoke`, { reason: 'Cấp trùng' }),
  },
  {
    route: 'POST /api/v1/enrolment/coverage-periods/:id/end',
    audits: 1,
    run: (ctx) =>
      call('POST', `/api/v1/enrolment/coverage-periods/${ctx.periodId}/end`, {
        validTo: '2027-06-01',
      }),
  },
  {
    // a read (POST keeps identifiers out of URLs); checks go to their own batched trail
    route: 'POST /api/v1/enrolment/card-check',
    audits: 0,
    run: () => call('POST', '/api/v1/enrolment/card-check', { siNumber: '3199000123' }),
  },
  {
    // runs in the background: one event when the import commits, in the same transaction
    route: 'POST /api/v1/registry/imports',
    audits: 1,
    run: async () => {
      const reply = await t.inject({
        method: 'POST',
        url: '/api/v1/registry/imports?kind=persons',
        payload:
          'national_id,full_name,birth_date,sex,commune_code\n030090000124,Đào Văn Nhập,1990-05-06,male,10507\n',
        headers: { 'content-type': 'text/csv' },
      });
      for (let status = 'queued'; ['queued', 'running'].includes(status);) {
        // a timer, not a bare loop: in-process requests alone never let the file be read
        await new Promise((resolve) => setTimeout(resolve, 20));
        const job = await t.inject({
          method: 'GET',
          url: `/api/v1/registry/imports/${reply.json<{ id: number }>().id}`,
        });
        status = job.json<{ status: string }>().status;
      }
      return reply;
    },
  },
  {
    route: 'POST /api/v1/claims/submissions',
    audits: 1,
    run: () =>
      call('POST', '/api/v1/claims/submissions', {
        facilityCode: DEMO_FACILITY,
        cardNumber: 'GD4313012345678',
        admissionDate: '2026-11-20',
        totalAmount: 350_000,
      }),
  },
  ...contributionsAuditSteps(call),
  ...coverageAuditSteps(call, (url, text) =>
    t.inject({ method: 'POST', url, payload: text, headers: { 'content-type': 'text/csv' } }),
  ),
  ...reportsAuditSteps(call),
];

describe('audit of writes', () => {
  it('has a step for every non-GET API route', () => {
    const writes = t.app.apiRoutes
      .filter((r) => !['GET', 'HEAD'].includes(r.method))
      .map((r) => `${r.method} ${r.url}`);
    expect(steps.map((s) => s.route).sort()).toEqual([...new Set(writes)].sort());
  });

  it('records exactly one event per successful write, none for a computation', async () => {
    const ctx: Record<string, number | string> = {};
    for (const step of steps) {
      const before = await auditCount(t.db);
      const reply = (await step.run(ctx)) as Awaited<ReturnType<Step['run']>> & {
        auditsBefore?: number;
      };
      expect(reply.statusCode, `${step.route}: ${reply.body}`).toBeLessThan(300);
      expect(await auditCount(t.db), step.route).toBe((reply.auditsBefore ?? before) + step.audits);
      if (step.keep) step.keep(reply.json() as never, ctx);
    }
  });
});
