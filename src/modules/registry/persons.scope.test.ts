// Scoping of personal data: who sees which persons, masked or in full.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditCount,
  createTestApp,
  signIn,
  type Inject,
  type TestApp,
  lastAuditEvent,
} from '../../../tests/helpers/test-app.js';
import { demoPlaces, type DemoPlaces } from '../../demo-places.js';
import { unitsWithinScope } from '../geo/index.js';

let t: TestApp;
let places: DemoPlaces;
let commune: Inject;
let province: Inject;
beforeAll(async () => {
  t = await createTestApp();
  places = await demoPlaces(t.db);
  commune = await t.as('commune.officer');
  province = await t.as('hp.officer');
});
afterAll(() => t.close());

async function personIn(communeId: number) {
  const row = await t.db
    .selectFrom('person')
    .select(['id', 'national_id', 'full_name', 'birth_date', 'sex'])
    .where('commune_id', '=', communeId)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return row;
}

async function allPages(inject: Inject, query = '') {
  const items: { id: number; commune: { code: string } }[] = [];
  let cursor = '';
  for (;;) {
    const reply = await inject({
      method: 'GET',
      url: `/api/v1/registry/persons?limit=100${query}${cursor}`,
    });
    expect(reply.statusCode).toBe(200);
    items.push(...reply.json().items);
    if (!reply.json().nextCursor) return items;
    cursor = `&cursor=${reply.json().nextCursor}`;
  }
}

describe('a commune officer', () => {
  it("lists only her commune's people (with those filed under its former communes), masked", async () => {
    const own = places.communesFromHaiDuong[0]!;
    const history = await unitsWithinScope(t.db, [own.id]);
    expect(history.length).toBeGreaterThan(1);
    const items = await allPages(commune);
    const expected = await t.db
      .selectFrom('person')
      .select('id')
      .where('commune_id', 'in', history)
      .orderBy('id')
      .execute();
    expect(items.map((p) => p.id)).toEqual(expected.map((r) => r.id));
    const neighbour = places.communesFromHaiDuong[1]!.code;
    expect(items.some((p) => p.commune.code === neighbour)).toBe(false);
    const first = (await commune({ method: 'GET', url: '/api/v1/registry/persons?limit=1' })).json()
      .items[0];
    expect(first.nationalId).toMatch(/^\d{4}\*{4}\d{4}$/);
    expect(first.masked).toBe(true);
  });

  it("gets 404 for a person of another commune, even searching by that person's national ID", async () => {
    const other = await personIn(places.communesFromHaiDuong[1]!.id);
    const direct = await commune({ method: 'GET', url: `/api/v1/registry/persons/${other.id}` });
    expect(direct.statusCode).toBe(404);
    expect(direct.json().code).toBe('REGISTRY_PERSON_NOT_FOUND');
    const trace = await lastAuditEvent(t.db);
    expect(trace).toMatchObject({
      action: 'person.read_denied',
      entity_id: String(other.id),
      actor: 'commune.officer',
    });
    const search = await commune({
      method: 'GET',
      url: `/api/v1/registry/persons?q=${other.national_id}`,
    });
    expect(search.json().items).toEqual([]);
  });

  it('may look a person up by the whole national ID only, never by its first digits', async () => {
    const own = await personIn(places.communesFromHaiDuong[0]!.id);
    const whole = await commune({
      method: 'GET',
      url: `/api/v1/registry/persons?q=${own.national_id}`,
    });
    expect(whole.json().items.map((p: { id: number }) => p.id)).toEqual([own.id]);
    const trace = await lastAuditEvent(t.db);
    expect(trace).toMatchObject({ action: 'person.search_by_id', entity_id: String(own.id) });
    expect(JSON.stringify(trace.changes)).not.toContain(own.national_id);
    const prefix = await commune({
      method: 'GET',
      url: `/api/v1/registry/persons?q=${own.national_id.slice(0, 5)}`,
    });
    expect(prefix.statusCode).toBe(400);
    expect(prefix.json().code).toBe('REGISTRY_WHOLE_ID_REQUIRED');
    const officer = await province({
      method: 'GET',
      url: `/api/v1/registry/persons?q=${own.national_id.slice(0, 11)}`,
    });
    expect(officer.json().items.map((p: { id: number }) => p.id)).toContain(own.id);
  });

  it('leaves a trace when registering an ID that already exists elsewhere', async () => {
    const elsewhere = await personIn(places.elsewhere[0]!.id);
    const reply = await commune({
      method: 'POST',
      url: '/api/v1/registry/persons',
      payload: {
        nationalId: elsewhere.national_id,
        fullName: 'Ai Đó',
        // a consistent ID, birth date and sex: only the duplicate is wrong
        birthDate: elsewhere.birth_date,
        sex: elsewhere.sex,
        communeCode: places.communesFromHaiDuong[0]!.code,
      },
    });
    expect(reply.statusCode).toBe(409);
    const event = await lastAuditEvent(t.db);
    expect(event).toMatchObject({ action: 'person.create_conflict', actor: 'commune.officer' });
    expect(JSON.stringify(event.changes)).not.toContain(elsewhere.national_id);
  });

  it('cannot register a person in another commune, nor export', async () => {
    const outside = places.communesFromHaiDuong[1]!;
    const reply = await commune({
      method: 'POST',
      url: '/api/v1/registry/persons',
      payload: {
        nationalId: '030090999999',
        fullName: 'Ngô Văn Thử',
        birthDate: '1990-01-01',
        sex: 'male',
        communeCode: outside.code,
      },
    });
    expect(reply.statusCode).toBe(403);
    expect(reply.json().code).toBe('AUTH_OUT_OF_SCOPE');
    const refusal = await lastAuditEvent(t.db);
    expect(refusal).toMatchObject({
      action: 'auth.denied',
      actor: 'commune.officer',
      entity_id: 'POST /api/v1/registry/persons',
    });
    expect(refusal.changes).toMatchObject({ code: 'AUTH_OUT_OF_SCOPE' });
    const persons = await t.db
      .selectFrom('person')
      .select('id')
      .where('national_id', '=', '030090999999')
      .execute();
    expect(persons).toEqual([]);
    const exported = await commune({ method: 'GET', url: '/api/v1/registry/persons/export.csv' });
    expect(exported.statusCode).toBe(403);
  });
});

describe('a provincial officer of Hải Phòng', () => {
  it('sees every commune of the province, including records filed before the 2025 merger, in full', async () => {
    const items = await allPages(province);
    const codes = new Set(items.map((p) => p.commune.code));
    for (const c of places.communesFromHaiDuong.slice(0, 12)) expect(codes).toContain(c.code);
    for (const c of places.formerCommunes.slice(0, 4)) expect(codes).toContain(c.code);
    for (const c of places.elsewhere) expect(codes).not.toContain(c.code);
    const provinces = new Set(
      items.map(
        (p) => (p as unknown as { commune: { provinceName: string } }).commune.provinceName,
      ),
    );
    // records filed before the merger name the province of their time
    expect(provinces).toEqual(new Set(['Thành phố Hải Phòng', 'Tỉnh Hải Dương']));
    const one = (await province({ method: 'GET', url: '/api/v1/registry/persons?limit=1' })).json()
      .items[0];
    expect(one.nationalId).toMatch(/^\d{12}$/);
  });

  it('never sees Hà Nội people, by id or by list', async () => {
    const hanoi = await personIn(places.elsewhere[0]!.id);
    expect(
      (await province({ method: 'GET', url: `/api/v1/registry/persons/${hanoi.id}` })).statusCode,
    ).toBe(404);
  });

  it('exports the province as CSV, audited, with Vietnamese headings', async () => {
    const before = await auditCount(t.db);
    const reply = await province({ method: 'GET', url: '/api/v1/registry/persons/export.csv' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('text/csv');
    const lines = reply.body.trim().split('\n');
    expect(lines[0]).toContain('Số định danh');
    const inScope = (await allPages(province)).length;
    expect(lines.length).toBe(inScope + 1);
    expect(await auditCount(t.db)).toBe(before + 1);
  });

  it('refuses a bad export filter before anything is streamed or audited', async () => {
    const before = await auditCount(t.db);
    const reply = await province({
      method: 'GET',
      url: '/api/v1/registry/persons/export.csv?unitCode=99999',
    });
    expect(reply.statusCode).toBe(404);
    expect(reply.json().code).toBeDefined();
    expect(await auditCount(t.db)).toBe(before);
  });

  it("audits the read of a person's record", async () => {
    const person = await personIn(places.communesFromHaiDuong[0]!.id);
    await province({ method: 'GET', url: `/api/v1/registry/persons/${person.id}` });
    const event = await lastAuditEvent(t.db);
    expect(event).toMatchObject({
      action: 'person.read',
      entity_id: String(person.id),
      actor: 'hp.officer',
    });
    expect(event.changes).toEqual({ full: true });
  });
});

describe('a user scoped to the former Hải Dương', () => {
  it('keeps its communes now under Hải Phòng, and nothing that came from old Hải Phòng', async () => {
    const created = await t.inject({
      method: 'POST',
      url: '/api/v1/auth/users',
      payload: {
        username: 'hd.officer',
        displayName: 'BHXH Hải Dương cũ',
        password: 'temporary-2026',
      },
    });
    const id = created.json().id;
    const assigned = await t.inject({
      method: 'POST',
      url: `/api/v1/auth/users/${id}/assignments`,
      payload: {
        roleCode: 'provincial_officer',
        scope: { kind: 'unit', unitCode: '30', unitAt: '2025-06-30' },
        validFrom: '2024-01-01',
      },
    });
    expect(assigned.statusCode).toBe(201);
    expect(assigned.json().scope).toMatchObject({ unitCode: '30', unitValidTo: '2025-07-01' });
    await t.inject({
      method: 'POST',
      url: `/api/v1/auth/users/${id}/password-reset`,
      payload: { newPassword: 'temporary-2027' },
    });
    const hd = await signIn(t.app, 'hd.officer', 'temporary-2027');
    await hd({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'temporary-2027', newPassword: 'hai duong forever' },
    });
    const codes = new Set((await allPages(hd)).map((p) => p.commune.code));
    expect(codes).toContain(places.communesFromHaiDuong[0]!.code);
    expect(codes).toContain(places.formerCommunes[0]!.code);
    // a Hải Phòng person filed under a commune that did not come from Hải Dương stays hidden
    const oldHaiPhong = await t.db
      .selectFrom('admin_unit')
      .select(['id', 'code'])
      .where('level', '=', 'commune')
      .where('parent_id', '=', places.province.id)
      .where(
        'id',
        'not in',
        places.communesFromHaiDuong.map((c) => c.id),
      )
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const added = await province({
      method: 'POST',
      url: '/api/v1/registry/persons',
      payload: {
        nationalId: '031185000777',
        fullName: 'Vũ Thị Cảng',
        birthDate: '1985-03-04',
        sex: 'female',
        communeCode: oldHaiPhong.code,
      },
    });
    expect(added.statusCode).toBe(201);
    expect(
      (await hd({ method: 'GET', url: `/api/v1/registry/persons/${added.json().id}` })).statusCode,
    ).toBe(404);
  });
});

describe('a steering-committee viewer', () => {
  it('sees counts per commune of the province but no person', async () => {
    const steering = await t.as('steering');
    const list = await steering({ method: 'GET', url: '/api/v1/registry/persons' });
    expect(list.statusCode).toBe(403);
    expect(list.json().code).toBe('AUTH_FORBIDDEN');
    const counts = await steering({
      method: 'GET',
      url: '/api/v1/registry/person-counts?unitCode=31',
    });
    expect(counts.statusCode).toBe(200);
    const total = await t.db
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(
        'commune_id',
        'not in',
        places.elsewhere.map((c) => c.id),
      )
      .executeTakeFirstOrThrow();
    expect(counts.json().total).toBe(Number(total.n));
    expect(JSON.stringify(counts.json())).not.toMatch(/nationalId|fullName/);
    const hanoi = await steering({
      method: 'GET',
      url: '/api/v1/registry/person-counts?unitCode=01',
    });
    expect(hanoi.statusCode).toBe(403);
  });
});
