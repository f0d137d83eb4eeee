// Support policies over HTTP: the seeded provincial programmes, creation and editing under
// policy.write within the caller's province, refusals that leave the database as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditCount,
  createTestApp,
  lastAuditEvent,
  type Inject,
  type TestApp,
} from '../../../tests/helpers/test-app.js';

let t: TestApp;
let officer: Inject;
const url = '/api/v1/contributions/policies';

const draft = (over: Record<string, unknown> = {}) => ({
  code: 'HP-TEST-CN',
  nameVi: 'Hỗ trợ thêm cho hộ cận nghèo',
  nameEn: 'Extra support for near-poor households',
  issuerProvinceCode: '31',
  scheme: 'hi',
  condition: { statuses: ['near_poor'], ageFrom: 18, ageTo: 60 },
  sharePercent: '12.5',
  stacking: 'add',
  validFrom: '2026-01-01',
  legalRef: 'Nghị quyết thử nghiệm',
  ...over,
});

async function policyByCode(code: string) {
  const list = await t.inject({ method: 'GET', url });
  return list.json().items.find((p: { code: string }) => p.code === code);
}

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.as('hp.officer');
});
afterAll(() => t.close());

describe('seeded policies', () => {
  it('lists the Hải Dương programme under its own code, named, with trimmed shares', async () => {
    const reply = await t.inject({ method: 'GET', url: `${url}?province=30&scheme=hi` });
    expect(reply.statusCode).toBe(200);
    const codes = reply.json().items.map((p: { code: string }) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['HD-2021-CN', 'HD-2021-NCT', 'HD-2023-6569']));
    const cn = reply.json().items.find((p: { code: string }) => p.code === 'HD-2021-CN');
    expect(cn).toMatchObject({
      issuerProvinceCode: '30',
      issuerProvinceName: expect.stringContaining('Hải Dương'),
      sharePercent: '30',
      amount: null,
      condition: { statuses: ['near_poor'] },
      status: 'active',
    });
  });

  it('filters by the date a policy is valid on', async () => {
    const before = await t.inject({ method: 'GET', url: `${url}?province=30&at=2023-07-31` });
    const after = await t.inject({ method: 'GET', url: `${url}?province=30&at=2023-08-01` });
    const has = (r: typeof before) =>
      r.json().items.some((p: { code: string }) => p.code === 'HD-2023-6569');
    expect(has(before)).toBe(false);
    expect(has(after)).toBe(true);
    const gone = await t.inject({ method: 'GET', url: `${url}?province=30&at=2026-01-01` });
    expect(gone.json().items).toEqual([]);
  });

  it('keeps the seed-000 policies as drafts with no issuer or share yet', async () => {
    const p = await policyByCode('S000-2021-NCT');
    expect(p).toMatchObject({ status: 'draft', confirmed: false, issuerProvinceCode: null });
    expect(p.sharePercent).toBeNull();
  });
});

describe('writing policies', () => {
  it('lets a provincial officer create a policy of its province, audited', async () => {
    const before = await auditCount(t.db);
    const reply = await officer({ method: 'POST', url, payload: draft() });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({
      code: 'HP-TEST-CN',
      status: 'draft',
      sharePercent: '12.5',
    });
    expect(await auditCount(t.db)).toBe(before + 1);
    const event = await lastAuditEvent(t.db);
    expect(event).toMatchObject({ action: 'support_policy.create', actor: 'hp.officer' });
    const fetched = await t.inject({ method: 'GET', url: `${url}/${reply.json().id}` });
    expect(fetched.json().issuerProvinceName).toContain('Hải Phòng');
  });

  it('moves a policy from draft to active to withdrawn, and no further', async () => {
    const { id } = await policyByCode('HP-TEST-CN');
    const active = await officer({
      method: 'PATCH',
      url: `${url}/${id}`,
      payload: { status: 'active', sharePercent: 15 },
    });
    expect(active.statusCode).toBe(200);
    expect(active.json()).toMatchObject({ status: 'active', sharePercent: '15' });
    expect((await lastAuditEvent(t.db)).changes).toMatchObject({
      status: { from: 'draft', to: 'active' },
      sharePercent: { from: '12.5', to: '15' },
    });
    const back = await officer({
      method: 'PATCH',
      url: `${url}/${id}`,
      payload: { status: 'draft' },
    });
    expect(back.json().code).toBe('CONTRIBUTIONS_POLICY_STATUS_CHANGE');
    const gone = await officer({
      method: 'PATCH',
      url: `${url}/${id}`,
      payload: { status: 'withdrawn' },
    });
    expect(gone.json().status).toBe('withdrawn');
    const edit = await officer({ method: 'PATCH', url: `${url}/${id}`, payload: { note: 'x' } });
    expect(edit.json().code).toBe('CONTRIBUTIONS_POLICY_WITHDRAWN');
  });

  it("refuses an officer another province's policy, leaving it unchanged", async () => {
    const hanoi = await policyByCode('HN-2026-NCT');
    const before = await auditCount(t.db);
    const reply = await officer({
      method: 'PATCH',
      url: `${url}/${hanoi.id}`,
      payload: { sharePercent: '50' },
    });
    expect(reply.statusCode).toBe(403);
    expect(reply.json().code).toBe('AUTH_OUT_OF_SCOPE');
    expect((await t.inject({ method: 'GET', url: `${url}/${hanoi.id}` })).json()).toEqual(hanoi);
    const create = await officer({
      method: 'POST',
      url,
      payload: draft({ code: 'HN-TEST', issuerProvinceCode: '01' }),
    });
    expect(create.statusCode).toBe(403);
    expect(await policyByCode('HN-TEST')).toBeUndefined();
    // the refusals are audited as such, nothing else is written
    const events = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('id', '>', 0)
      .orderBy('id', 'desc')
      .limit((await auditCount(t.db)) - before)
      .execute();
    expect(events.map((e) => e.action)).toEqual(['auth.denied', 'auth.denied']);
  });

  it('refuses writes to users without policy.write', async () => {
    const steering = await t.as('steering');
    const reply = await steering({ method: 'POST', url, payload: draft({ code: 'HP-TEST-2' }) });
    expect(reply.statusCode).toBe(403);
    expect((await steering({ method: 'GET', url: `${url}?province=31` })).statusCode).toBe(200);
  });

  it.each([
    ['an empty age band', { condition: { ageFrom: 70, ageTo: 70 } }, 'ageTo'],
    ['an unknown group code', { condition: { groups: ['ZZ'] } }, 'groups'],
    ['an empty status list', { condition: { statuses: [] } }, 'statuses'],
    ['a share above 100%', { sharePercent: '100.5' }, 'sharePercent'],
    ['share and amount both', { amount: 100_000 }, 'sharePercent'],
    [
      "'top_up_to' with an amount",
      { sharePercent: null, amount: 100_000, stacking: 'top_up_to' },
      'stacking',
    ],
    ['a period ending before it starts', { validTo: '2025-12-31' }, 'validTo'],
  ])('refuses %s with a bilingual 422, writing nothing', async (_what, over, field) => {
    const before = await auditCount(t.db);
    const reply = await t.inject({
      method: 'POST',
      url,
      payload: draft({ code: 'HP-BAD', ...over }),
    });
    expect(reply.statusCode).toBe(422);
    const body = reply.json();
    expect(body.code).toBe('CONTRIBUTIONS_POLICY_CONTRADICTORY');
    expect(body.messageVi).toBeTruthy();
    expect(body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await policyByCode('HP-BAD')).toBeUndefined();
    expect(await auditCount(t.db)).toBe(before);
  });

  it('refuses an issuer code that names no province on the first day, and a taken code', async () => {
    const abolished = await t.inject({
      method: 'POST',
      url,
      payload: draft({ code: 'HD-LATE', issuerProvinceCode: '30', validFrom: '2026-01-01' }),
    });
    expect(abolished.json().code).toBe('CONTRIBUTIONS_POLICY_PROVINCE_UNKNOWN');
    const taken = await t.inject({ method: 'POST', url, payload: draft({ code: 'HD-2021-CN' }) });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('CONTRIBUTIONS_POLICY_CODE_TAKEN');
  });

  it('wants an issuer before a policy leaves draft', async () => {
    const seed = await policyByCode('S000-2021-CN');
    const reply = await t.inject({
      method: 'PATCH',
      url: `${url}/${seed.id}`,
      payload: { status: 'active', sharePercent: '30' },
    });
    expect(reply.json().code).toBe('CONTRIBUTIONS_POLICY_ISSUER_REQUIRED');
    const set = await t.inject({
      method: 'PATCH',
      url: `${url}/${seed.id}`,
      payload: { status: 'active', sharePercent: '30', issuerProvinceCode: '30' },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ status: 'active', issuerProvinceCode: '30' });
  });
});

describe('API description', () => {
  it('documents the policy and simulation routes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/contributions/policies',
        '/api/v1/contributions/policies/{id}',
        '/api/v1/contributions/simulations',
        '/api/v1/contributions/simulations/compare',
        '/api/v1/contributions/simulations/xlsx',
      ]),
    );
  });
});
