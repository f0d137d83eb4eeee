// Facility tokens: a machine client submits and reads its own facility's claims only.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInVietnam } from '../../platform/dates.js';
import { auditCount, createTestApp, type TestApp } from '../../../tests/helpers/test-app.js';
import { DEMO_FACILITY } from '../../demo.js';
import { forgetTokenActors } from '../auth/token-cache.js';

const NEXT_YEAR = addDays(todayInVietnam(), 365);
let t: TestApp;
let token: string;
let tokenId: number;
/** An API token for a demo user, issued by the administrator through the API. */
async function issueToken(username: string, name: string) {
  const user = await t.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const issued = await t.inject({
    method: 'POST',
    url: `/api/v1/auth/users/${user.id}/tokens`,
    payload: { name, expiresOn: NEXT_YEAR },
  });
  expect(issued.statusCode).toBe(201);
  return { userId: user.id, token: issued.json().token as string, id: issued.json().id as number };
}

beforeAll(async () => {
  t = await createTestApp();
  ({ token, id: tokenId } = await issueToken('facility', 'HIS bệnh viện'));
});
afterAll(() => t.close());

const claim = (facilityCode: string) => ({
  facilityCode,
  cardNumber: 'HN4010123456789',
  admissionDate: '2026-11-02',
  totalAmount: 1_234_567,
});
const withToken = (value: string) => ({ authorization: `Bearer ${value}` });

describe('a facility token', () => {
  it('submits a claim for its facility and reads it back, without a CSRF header', async () => {
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/v1/claims/submissions',
      headers: withToken(token),
      payload: claim(DEMO_FACILITY),
    });
    expect(sent.statusCode).toBe(201);
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/claims/submissions/${sent.json().id}`,
      headers: withToken(token),
    });
    expect(read.json()).toMatchObject({ facilityCode: DEMO_FACILITY, totalAmount: 1_234_567 });
    const event = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'claim.submit')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_kind: 'token', token_id: tokenId });
  });

  it("cannot submit for another facility, nor see another facility's claims", async () => {
    const other = await t.inject({
      method: 'POST',
      url: '/api/v1/claims/submissions',
      payload: claim('01002'),
    });
    expect(other.statusCode).toBe(201);
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/claims/submissions',
      headers: withToken(token),
      payload: claim('01002'),
    });
    expect(forged.statusCode).toBe(403);
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/claims/submissions/${other.json().id}`,
      headers: withToken(token),
    });
    expect(read.statusCode).toBe(404);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/claims/submissions',
      headers: withToken(token),
    });
    const codes = list.json().items.map((c: { facilityCode: string }) => c.facilityCode);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set([DEMO_FACILITY]));
  });

  it("cannot change its user's password", async () => {
    const reply = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: withToken(token),
      payload: { currentPassword: 'ansinh-demo', newPassword: 'taken over by a token' },
    });
    expect(reply.statusCode).toBe(403);
  });

  it('cannot read persons: the facility role has no registry permission', async () => {
    const reply = await t.app.inject({
      method: 'GET',
      url: '/api/v1/registry/persons',
      headers: withToken(token),
    });
    expect(reply.statusCode).toBe(403);
  });

  it('is refused once expired, once revoked, and when malformed, each refusal audited', async () => {
    const list = () =>
      t.app.inject({ method: 'GET', url: '/api/v1/claims/submissions', headers: withToken(token) });
    const before = await auditCount(t.db);
    await t.db
      .updateTable('api_token')
      .set({ expires_on: sql`current_date - 1` })
      .where('id', '=', tokenId)
      .execute();
    forgetTokenActors(t.db); // edited behind the services' back: the cache would hold it 10 s
    const expired = await list();
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('AUTH_TOKEN_INVALID');
    await t.db
      .updateTable('api_token')
      .set({ expires_on: NEXT_YEAR })
      .where('id', '=', tokenId)
      .execute();
    forgetTokenActors(t.db);
    expect((await list()).statusCode).toBe(200);
    const revoked = await t.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${tokenId}` });
    expect(revoked.statusCode).toBe(204);
    expect((await list()).statusCode).toBe(401);
    for (const bad of ['Bearer nonsense', 'Basic YWRtaW46eA==', `Bearer ${token.slice(0, -1)}x`]) {
      const reply = await t.app.inject({
        method: 'GET',
        url: '/api/v1/claims/submissions',
        headers: { authorization: bad },
      });
      expect(reply.statusCode).toBe(401);
      expect(reply.json().message).not.toContain('stack');
    }
    const denials = await t.db
      .selectFrom('audit_event')
      .select('changes')
      .where('action', '=', 'auth.denied')
      .where('id', '>', 0)
      .orderBy('id', 'desc')
      .limit(5)
      .execute();
    expect(denials.map((d) => (d.changes as { reason: string }).reason)).toEqual([
      'unknown',
      'malformed',
      'malformed',
      'revoked',
      'expired',
    ]);
    // one denial for each refusal, plus the revocation itself
    expect(await auditCount(t.db)).toBe(before + 6);
  });

  it('is refused, with a trace, once its user is disabled', async () => {
    const issued = await issueToken('facility', 'HIS 2');
    await t.inject({
      method: 'PATCH',
      url: `/api/v1/auth/users/${issued.userId}`,
      payload: { status: 'disabled' },
    });
    const reply = await t.app.inject({
      method: 'GET',
      url: '/api/v1/claims/submissions',
      headers: withToken(issued.token),
    });
    expect(reply.statusCode).toBe(401);
    expect(reply.json().code).toBe('AUTH_TOKEN_INVALID');
    const denial = await t.db
      .selectFrom('audit_event')
      .select(['changes', 'token_id'])
      .where('action', '=', 'auth.denied')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(denial).toMatchObject({
      token_id: issued.id,
      changes: { reason: 'user_disabled' },
    });
  });

  it('never administers users, even once its user is made an administrator', async () => {
    const issued = await issueToken('employer', 'payroll feed');
    await t.inject({
      method: 'POST',
      url: `/api/v1/auth/users/${issued.userId}/assignments`,
      payload: { roleCode: 'national_admin', scope: { kind: 'national' } },
    });
    const reply = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/users',
      headers: withToken(issued.token),
    });
    expect(reply.statusCode).toBe(403);
  });
});
