// Status history, moves between communes, employer registration, and reference lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.js';
import { demoPlaces, type DemoPlaces } from '../../demo-places.js';

let t: TestApp;
let places: DemoPlaces;
let personId: number;

beforeAll(async () => {
  t = await createTestApp();
  places = await demoPlaces(t.db);
  const created = await t.inject({
    method: 'POST',
    url: '/api/v1/registry/persons',
    payload: {
      nationalId: '030095004321',
      fullName: 'Vũ Đức Chuyển',
      birthDate: '1995-02-03',
      sex: 'male',
      communeCode: places.communesFromHaiDuong[0]!.code,
    },
  });
  expect(created.statusCode).toBe(201);
  personId = created.json().id;
});
afterAll(() => t.close());

describe('person statuses', () => {
  const url = () => `/api/v1/registry/persons/${personId}/statuses`;
  it('records a status with its source and refuses the same status overlapping', async () => {
    const body = {
      status: 'poor',
      source: 'QĐ 45/QĐ-UBND ngày 10/01/2026',
      validFrom: '2026-01-01',
      validTo: '2027-01-01',
    };
    const first = await t.inject({ method: 'POST', url: url(), payload: body });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'poor', labelVi: 'Thuộc hộ nghèo' });
    const again = await t.inject({
      method: 'POST',
      url: url(),
      payload: { ...body, validFrom: '2026-06-01' },
    });
    expect(again.json().code).toBe('REGISTRY_STATUS_OVERLAP');
    const unknown = await t.inject({
      method: 'POST',
      url: url(),
      payload: { ...body, status: 'rich' },
    });
    expect(unknown.json().code).toBe('REGISTRY_UNKNOWN_STATUS');
  });
});

describe('households', () => {
  it('registers a household, places the person as head, and refuses a second head', async () => {
    const created = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/households',
      payload: {
        code: 'HGD0000777',
        communeCode: places.communesFromHaiDuong[0]!.code,
        address: 'Thôn Tây',
      },
    });
    expect(created.statusCode).toBe(201);
    const join = (id: number, relation: string) =>
      t.inject({
        method: 'POST',
        url: `/api/v1/registry/persons/${id}/household`,
        payload: { householdCode: 'HGD0000777', relation },
      });
    expect((await join(personId, 'head')).statusCode).toBe(200);
    const other = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/persons',
      payload: {
        nationalId: '030197004322',
        fullName: 'Vũ Thị Vợ',
        birthDate: '1997-04-05',
        sex: 'female',
        communeCode: places.communesFromHaiDuong[0]!.code,
      },
    });
    expect((await join(other.json().id, 'head')).json().code).toBe('REGISTRY_HOUSEHOLD_HAS_HEAD');
    expect((await join(other.json().id, 'spouse')).statusCode).toBe(200);
    const profile = (
      await t.inject({ url: `/api/v1/registry/persons/${personId}/profile` })
    ).json();
    expect(profile.household.members.map((m: { relation: string }) => m.relation)).toEqual([
      'head',
      'spouse',
    ]);
    const again = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/households',
      payload: { code: 'HGD0000777', communeCode: places.communesFromHaiDuong[0]!.code },
    });
    expect(again.json().code).toBe('REGISTRY_DUPLICATE_HOUSEHOLD');
  });
});

describe('moves', () => {
  it('ends the current residence and files the person under the new commune', async () => {
    const target = places.communesFromHaiDuong[1]!;
    const reply = await t.inject({
      method: 'POST',
      url: `/api/v1/registry/persons/${personId}/residence`,
      payload: { communeCode: target.code, validFrom: '2099-01-01' },
    });
    expect(reply.statusCode).toBe(201);
    const profile = (
      await t.inject({ url: `/api/v1/registry/persons/${personId}/profile` })
    ).json();
    expect(profile.residences).toHaveLength(2);
    expect(profile.residences[0]).toMatchObject({ commune: { code: target.code }, validTo: null });
    expect(profile.residences[1].validTo).toBe('2099-01-01');
    const person = (await t.inject({ url: `/api/v1/registry/persons/${personId}` })).json();
    expect(person.commune.code).toBe(target.code);
  });

  it('refuses a move to the same commune or to a unit that is not a commune', async () => {
    const url = `/api/v1/registry/persons/${personId}/residence`;
    const same = await t.inject({
      method: 'POST',
      url,
      payload: { communeCode: places.communesFromHaiDuong[1]!.code, validFrom: '2099-06-01' },
    });
    expect(same.json().code).toBe('REGISTRY_SAME_RESIDENCE');
    const province = await t.inject({
      method: 'POST',
      url,
      payload: { communeCode: '31', validFrom: '2099-06-01' },
    });
    expect(province.json().code).toBe('REGISTRY_COMMUNE_REQUIRED');
  });
});

describe('employers', () => {
  it('registers an employer once; the tax code is unique', async () => {
    const payload = {
      taxCode: '0800000777',
      name: 'Hợp tác xã Nông nghiệp Thử',
      sector: 'A',
      communeCode: places.communesFromHaiDuong[0]!.code,
      reportedEmployees: 12,
    };
    const first = await t.inject({ method: 'POST', url: '/api/v1/registry/employers', payload });
    expect(first.statusCode).toBe(201);
    const again = await t.inject({ method: 'POST', url: '/api/v1/registry/employers', payload });
    expect(again.json().code).toBe('REGISTRY_DUPLICATE_TAX_CODE');
  });

  it('refuses an employer outside the writer’s area', async () => {
    const officer = await t.as('commune.officer');
    const reply = await officer({
      method: 'POST',
      url: '/api/v1/registry/employers',
      payload: {
        taxCode: '0800000778',
        name: 'Công ty Ngoài',
        sector: 'G',
        communeCode: places.elsewhere[0]!.code,
      },
    });
    expect(reply.statusCode).toBe(403);
  });
});

describe('reference lists', () => {
  beforeAll(async () => {
    const hp = await t.db
      .selectFrom('admin_unit')
      .select('id')
      .where('id', '=', places.province.id)
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('facility')
      .values({ code: '31977', name: 'Bệnh viện Thử', tier: 'provincial', province_id: hp.id })
      .execute();
    for (const [code, commune] of [
      ['BD3101', places.communesFromHaiDuong[0]!],
      ['BD0101', places.elsewhere[0]!],
    ] as const) {
      const agent = await t.db
        .insertInto('collection_agent')
        .values({ code, name: `Bưu điện ${code}`, kind: 'post_office', commune_id: commune.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto('collection_agent_area')
        .values({ agent_id: agent.id, commune_id: commune.id })
        .execute();
    }
  });

  it('lists facilities of a province', async () => {
    const reply = await t.inject({ url: '/api/v1/registry/facilities?provinceCode=31' });
    expect(reply.json().items).toContainEqual(
      expect.objectContaining({ code: '31977', tier: 'provincial' }),
    );
    const hanoi = await t.inject({ url: '/api/v1/registry/facilities?provinceCode=01' });
    expect(hanoi.json().items.map((f: { code: string }) => f.code)).not.toContain('31977');
  });

  it('lists collection agents in the caller’s area, with the communes they serve', async () => {
    const officer = await t.as('commune.officer');
    const items = (await officer({ url: '/api/v1/registry/collection-agents' })).json().items;
    const codes = items.map((a: { code: string }) => a.code);
    expect(codes).toContain('BD3101');
    expect(codes).not.toContain('BD0101');
    const ours = items.find((a: { code: string }) => a.code === 'BD3101');
    expect(ours.area).toEqual([
      expect.objectContaining({ code: places.communesFromHaiDuong[0]!.code }),
    ]);
    const all = (await t.inject({ url: '/api/v1/registry/collection-agents' })).json().items;
    expect(all.map((a: { code: string }) => a.code)).toEqual(
      expect.arrayContaining(['BD0101', 'BD3101']),
    );
  });
});
