import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInVietnam } from '../../platform/dates.js';
import {
  auditCount,
  createTestApp,
  signIn,
  type TestApp,
} from '../../../tests/helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const createUser = (username: string) =>
  t.inject({
    method: 'POST',
    url: '/api/v1/auth/users',
    payload: { username, displayName: `Người dùng ${username}`, password: 'temporary-2026' },
  });

describe('user administration', () => {
  it('creates a user, refuses the same username twice, and lists users with their scopes', async () => {
    const created = await createUser('Thu.Trang');
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      username: 'thu.trang',
      status: 'active',
      mustChangePassword: true,
    });
    expect(JSON.stringify(created.json())).not.toMatch(/scrypt|password_hash/);
    const again = await createUser('thu.trang');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('AUTH_USERNAME_TAKEN');
    const list = await t.inject({ method: 'GET', url: '/api/v1/auth/users?q=officer&limit=10' });
    const officer = list
      .json()
      .items.find((u: { username: string }) => u.username === 'hp.officer');
    expect(officer.assignments[0]).toMatchObject({
      roleCode: 'provincial_officer',
      scope: { kind: 'unit', unitCode: '31' },
    });
  });

  it('pages through users by username', async () => {
    const first = await t.inject({ method: 'GET', url: '/api/v1/auth/users?limit=3' });
    const second = await t.inject({
      method: 'GET',
      url: `/api/v1/auth/users?limit=3&cursor=${first.json().nextCursor}`,
    });
    const names = [...first.json().items, ...second.json().items].map(
      (u: { username: string }) => u.username,
    );
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(6);
  });

  it('disables a user, which ends her sessions at once', async () => {
    const agent = await t.as('agent');
    expect((await agent({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    const id = (await agent({ method: 'GET', url: '/api/v1/auth/me' })).json().id;
    const disabled = await t.inject({
      method: 'PATCH',
      url: `/api/v1/auth/users/${id}`,
      payload: { status: 'disabled' },
    });
    expect(disabled.json().status).toBe('disabled');
    expect((await agent({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    await expect(t.as('agent')).rejects.toThrow(/AUTH_LOGIN_FAILED/);
  });

  it('will not let an administrator disable herself', async () => {
    const me = (await t.inject({ method: 'GET', url: '/api/v1/auth/me' })).json();
    const reply = await t.inject({
      method: 'PATCH',
      url: `/api/v1/auth/users/${me.id}`,
      payload: { status: 'disabled' },
    });
    expect(reply.statusCode).toBe(422);
  });

  it('refuses unknown roles, scopes missing their code, and unknown units', async () => {
    const id = (await createUser('scope.test')).json().id;
    const assign = (payload: object) =>
      t.inject({ method: 'POST', url: `/api/v1/auth/users/${id}/assignments`, payload });
    expect((await assign({ roleCode: 'king', scope: { kind: 'national' } })).json().code).toBe(
      'AUTH_ROLE_UNKNOWN',
    );
    const noCode = await assign({ roleCode: 'commune_officer', scope: { kind: 'unit' } });
    expect(noCode.json().code).toBe('AUTH_SCOPE_INVALID');
    const both = await assign({
      roleCode: 'facility',
      scope: { kind: 'facility', facilityCode: '31001', unitCode: '31' },
    });
    expect(both.json().code).toBe('AUTH_SCOPE_INVALID');
    const unknown = await assign({
      roleCode: 'commune_officer',
      scope: { kind: 'unit', unitCode: '99999' },
    });
    expect(unknown.statusCode).toBe(404);
    const badTax = await assign({
      roleCode: 'employer',
      scope: { kind: 'employer', employerTaxCode: '12' },
    });
    expect(badTax.statusCode).toBe(400);
  });

  it('is closed to everyone without admin.users, including a provincial officer', async () => {
    const officer = await t.as('hp.officer');
    const before = await auditCount(t.db);
    const reply = await officer({
      method: 'POST',
      url: '/api/v1/auth/users',
      payload: { username: 'sneaky', displayName: 'X', password: 'temporary-2026' },
    });
    expect(reply.statusCode).toBe(403);
    expect(reply.json()).toMatchObject({
      code: 'AUTH_FORBIDDEN',
      details: { permission: 'admin.users' },
    });
    expect(await auditCount(t.db)).toBe(before + 1);
  });

  it('keeps user administration national: an administrator scoped to a province cannot use it', async () => {
    const id = (await createUser('province.admin')).json().id;
    await t.inject({
      method: 'POST',
      url: `/api/v1/auth/users/${id}/assignments`,
      payload: { roleCode: 'national_admin', scope: { kind: 'unit', unitCode: '31' } },
    });
    await t.inject({
      method: 'POST',
      url: `/api/v1/auth/users/${id}/password-reset`,
      payload: { newPassword: 'another-temp-9' },
    });
    const scoped = await signIn(t.app, 'province.admin', 'another-temp-9');
    await scoped({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'another-temp-9', newPassword: 'province admin pw' },
    });
    const reply = await scoped({ method: 'GET', url: '/api/v1/auth/users' });
    expect(reply.statusCode).toBe(403);
    expect(reply.json().details).toEqual({ permission: 'admin.users', scope: 'national' });
    // nor edit the geography that decides what every scope covers, nor read the audit trail
    const geography = await scoped({
      method: 'PUT',
      url: '/api/v1/geo/units/10507/successors?at=2025-06-30',
      payload: { successors: [{ code: '10507', share: '1', method: 'operator', note: 'x' }] },
    });
    expect(geography.statusCode).toBe(403);
    const audit = await scoped({ method: 'GET', url: '/api/v1/audit/events' });
    expect(audit.statusCode).toBe(403);
    // within its province it still works: persons of Hải Phòng
    const persons = await scoped({ method: 'GET', url: '/api/v1/registry/persons?limit=1' });
    expect(persons.statusCode).toBe(200);
  });

  it('ends a role that has been in effect instead of erasing it, and the access goes', async () => {
    const officer = (
      await t.inject({ method: 'GET', url: '/api/v1/auth/users?q=hp.officer' })
    ).json().items[0];
    const assignment = officer.assignments[0];
    const before = await t.as('hp.officer');
    expect((await before({ method: 'GET', url: '/api/v1/registry/persons' })).statusCode).toBe(200);
    const removed = await t.inject({
      method: 'DELETE',
      url: `/api/v1/auth/users/${officer.id}/assignments/${assignment.id}`,
    });
    expect(removed.statusCode).toBe(204);
    const after = (
      await t.inject({ method: 'GET', url: `/api/v1/auth/users/${officer.id}` })
    ).json();
    expect(after.assignments).toEqual([
      expect.objectContaining({ id: assignment.id, validTo: todayInVietnam() }),
    ]);
    expect((await before({ method: 'GET', url: '/api/v1/registry/persons' })).statusCode).toBe(403);
    const again = await t.inject({
      method: 'DELETE',
      url: `/api/v1/auth/users/${officer.id}/assignments/${assignment.id}`,
    });
    expect(again.statusCode).toBe(400);
  });

  it('issues tokens for at most two years, and never to a user administrator', async () => {
    const users = (await t.inject({ method: 'GET', url: '/api/v1/auth/users?limit=100' })).json()
      .items;
    const id = (name: string) => users.find((u: { username: string }) => u.username === name).id;
    const issue = (userId: number, expiresOn: string) =>
      t.inject({
        method: 'POST',
        url: `/api/v1/auth/users/${userId}/tokens`,
        payload: { name: 'HIS', expiresOn },
      });
    expect((await issue(id('facility'), addDays(todayInVietnam(), 800))).statusCode).toBe(400);
    expect((await issue(id('facility'), todayInVietnam())).statusCode).toBe(400);
    expect((await issue(id('facility'), addDays(todayInVietnam(), 365))).statusCode).toBe(201);
    const admin = await issue(id('admin'), addDays(todayInVietnam(), 30));
    expect(admin.statusCode).toBe(422);
    expect(admin.json().code).toBe('AUTH_TOKEN_FOR_ADMINISTRATOR');
  });

  it('lists the standard roles and says which see personal data', async () => {
    const roles = (await t.inject({ method: 'GET', url: '/api/v1/auth/roles' })).json().items;
    const byCode = Object.fromEntries(roles.map((r: { code: string }) => [r.code, r]));
    expect(Object.keys(byCode).sort()).toEqual([
      'collection_agent',
      'commune_officer',
      'employer',
      'facility',
      'national_admin',
      'national_analyst',
      'provincial_officer',
      'steering_viewer',
    ]);
    expect(byCode.steering_viewer.personalData).toBe(false);
    expect(byCode.national_analyst.personalData).toBe(false);
    expect(byCode.commune_officer.permissions).not.toContain('registry.read_full');
    expect(byCode.facility.permissions).toEqual([
      'card.check',
      'claims.read',
      'claims.submit',
      'geo.read',
    ]);
  });
});
