import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.js';
import { pgErrorCode } from '../../platform/db/pg-errors.js';
import { todayInVietnam } from '../../platform/dates.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const search = (query: string) => t.inject({ method: 'GET', url: `/api/v1/audit/events?${query}` });

async function refusal(statement: ReturnType<typeof sql>, asAppRole: boolean) {
  return t.db.connection().execute(async (conn) => {
    try {
      if (asAppRole) await sql`set role ansinh_app`.execute(conn);
      await statement.execute(conn);
      return 'allowed';
    } catch (error) {
      return pgErrorCode(error);
    } finally {
      await sql`reset role`.execute(conn);
    }
  });
}

describe('audit trail', () => {
  it('finds events by actor, action prefix and date, newest first, one page at a time', async () => {
    await t.as('analyst');
    const today = todayInVietnam();
    const first = await search(`actor=analyst&action=auth.&from=${today}&to=${today}&limit=1`);
    expect(first.statusCode).toBe(200);
    expect(first.json().items).toEqual([
      expect.objectContaining({ actor: 'analyst', action: 'auth.login', actorKind: 'user' }),
    ]);
    const none = await search('actor=analyst&from=2020-01-01&to=2020-01-31');
    expect(none.json().items).toEqual([]);
    const page1 = await search('limit=2');
    const page2 = await search(`limit=2&cursor=${page1.json().nextCursor}`);
    expect(page2.json().items[0].id).toBeLessThan(page1.json().items[1].id);
  });

  it('is closed to roles without audit.read, and the refusal is itself audited', async () => {
    const officer = await t.as('hp.officer');
    const reply = await officer({ method: 'GET', url: '/api/v1/audit/events' });
    expect(reply.statusCode).toBe(403);
    const last = await search('action=auth.denied&limit=1');
    expect(last.json().items[0]).toMatchObject({
      actor: 'hp.officer',
      entityId: 'GET /api/v1/audit/events',
    });
  });

  it('cannot be altered by the application role, nor by the owner', async () => {
    const update = sql`update audit_event set actor = 'someone else'`;
    const remove = sql`delete from audit_event`;
    expect(await refusal(update, true)).toBe('42501');
    expect(await refusal(remove, true)).toBe('42501');
    expect(await refusal(sql`truncate audit_event`, true)).toBe('42501');
    expect(await refusal(update, false)).toBe('42501');
    expect(await refusal(remove, false)).toBe('42501');
    expect(await refusal(sql`truncate audit_event`, false)).toBe('42501');
    const append = sql`insert into audit_event (actor, action, entity) values ('t', 'test', 'x')`;
    expect(await refusal(append, true)).toBe('allowed');
  });
});
