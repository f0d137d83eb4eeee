import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, createTestApp, type TestApp } from '../../../tests/helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.inject({ method: 'GET', url });
const post = (url: string, payload: object) => t.inject({ method: 'POST', url, payload });
const kinds = (items: { kind: string }[]) =>
  items.reduce<Record<string, number>>(
    (acc, a) => ({ ...acc, [a.kind]: (acc[a.kind] ?? 0) + 1 }),
    {},
  );

describe('VSS agencies through the 2025 reorganisations', () => {
  it('has 63 provincial agencies until 2025-03-31, 35 regional from 2025-04-01, 34 provincial from 2025-07-01', async () => {
    expect(kinds((await get('/api/v1/geo/agencies?at=2025-03-31')).json().items)).toEqual({
      provincial: 63,
    });
    expect(kinds((await get('/api/v1/geo/agencies?at=2025-04-01')).json().items)).toEqual({
      regional: 35,
    });
    expect(kinds((await get('/api/v1/geo/agencies?at=2025-07-01')).json().items)).toEqual({
      provincial: 34,
    });
  });

  it('finds the agency for a commune through its province', async () => {
    const before = (await get('/api/v1/geo/units/10507/agency?at=2024-06-01')).json();
    expect(before.agency.name).toBe('Bảo hiểm xã hội tỉnh Hải Dương');
    expect(before.through.code).toBe('30');
    const commune = (await get('/api/v1/geo/units/10507/successors?at=2025-06-30')).json().items[0]
      .unit.code;
    const after = (await get(`/api/v1/geo/units/${commune}/agency?at=2025-08-01`)).json();
    expect(after.agency.name).toBe('Bảo hiểm xã hội thành phố Hải Phòng');
  });

  it('says plainly when no agency is on record, then accepts an operator’s jurisdiction', async () => {
    const missing = await get('/api/v1/geo/units/30/agency?at=2025-05-01');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('GEO_NO_AGENCY_ON_RECORD');
    const audits = await auditCount(t.db);
    const added = await post('/api/v1/geo/agencies/KV-X/jurisdictions', {
      unitCode: '30',
      validFrom: '2025-04-01',
      validTo: '2025-07-01',
      legalRef: 'Quyết định 391/QĐ-BTC (test)',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().jurisdictions.map((j: { unitCode: string }) => j.unitCode)).toEqual(['30']);
    expect(await auditCount(t.db)).toBe(audits + 1);
    expect((await get('/api/v1/geo/units/10507/agency?at=2025-05-01')).json().agency.code).toBe(
      'KV-X',
    );
  });

  it('refuses overlapping jurisdictions and periods beyond the unit’s life', async () => {
    const overlap = await post('/api/v1/geo/agencies/KV-XI/jurisdictions', {
      unitCode: '30',
      validFrom: '2025-05-01',
      validTo: '2025-07-01',
      legalRef: 'test',
    });
    expect(overlap.statusCode).toBe(409);
    const beyond = await post('/api/v1/geo/agencies/KV-XI/jurisdictions', {
      unitCode: '33',
      validFrom: '2025-04-01',
      validTo: null,
      legalRef: 'test',
    });
    expect(beyond.statusCode).toBe(422);
  });

  it('creates an agency and refuses a second one with the same code over the same period', async () => {
    const body = {
      code: 'CS-3001',
      name: 'Bảo hiểm xã hội cơ sở thử nghiệm',
      kind: 'grassroots',
      validFrom: '2025-07-01',
      validTo: null,
      legalRef: 'test',
      source: 'test',
    };
    expect((await post('/api/v1/geo/agencies', body)).statusCode).toBe(201);
    const again = await post('/api/v1/geo/agencies', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('GEO_CONFLICT');
    const bad = await post('/api/v1/geo/agencies', {
      ...body,
      code: 'CS-3002',
      validTo: '2025-01-01',
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('correcting agencies and jurisdictions', () => {
  const patch = (url: string, payload: object) => t.inject({ method: 'PATCH', url, payload });
  const del = (url: string) => t.inject({ method: 'DELETE', url });

  it('removes a mistaken jurisdiction, then records the right one', async () => {
    const wrong = (
      await post('/api/v1/geo/agencies/KV-XII/jurisdictions', {
        unitCode: '34',
        validFrom: '2025-04-01',
        validTo: '2025-07-01',
        legalRef: 'typo',
      })
    ).json();
    const id = wrong.jurisdictions.find((j: { unitCode: string }) => j.unitCode === '34').id;
    const audits = await auditCount(t.db);
    const removed = await del(`/api/v1/geo/jurisdictions/${id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().jurisdictions).toEqual([]);
    expect(await auditCount(t.db)).toBe(audits + 1);
    const right = await post('/api/v1/geo/agencies/KV-XIII/jurisdictions', {
      unitCode: '34',
      validFrom: '2025-04-01',
      validTo: '2025-07-01',
      legalRef: 'Quyết định 391/QĐ-BTC',
    });
    expect(right.statusCode).toBe(201);
    expect((await del(`/api/v1/geo/jurisdictions/${id}`)).statusCode).toBe(404);
  });

  it('ends a jurisdiction early and then lets another agency take over', async () => {
    const created = (
      await post('/api/v1/geo/agencies/KV-XIV/jurisdictions', {
        unitCode: '35',
        validFrom: '2025-04-01',
        validTo: '2025-07-01',
        legalRef: 'x x x',
      })
    ).json();
    const id = created.jurisdictions[0].id;
    const ended = await patch(`/api/v1/geo/jurisdictions/${id}`, { validTo: '2025-05-01' });
    expect(ended.json().jurisdictions[0]).toMatchObject({ validTo: '2025-05-01' });
    const takeover = await post('/api/v1/geo/agencies/KV-XV/jurisdictions', {
      unitCode: '35',
      validFrom: '2025-05-01',
      validTo: '2025-07-01',
      legalRef: 'x x x',
    });
    expect(takeover.statusCode).toBe(201);
    const beyond = await patch(`/api/v1/geo/jurisdictions/${id}`, { validTo: null });
    expect(beyond.statusCode).toBe(422);
  });

  it('renames an agency and refuses to end it before its jurisdictions end', async () => {
    const renamed = await patch('/api/v1/geo/agencies/31?at=2025-07-01', {
      name: 'Bảo hiểm xã hội thành phố Hải Phòng (sửa)',
    });
    expect(renamed.json().name).toBe('Bảo hiểm xã hội thành phố Hải Phòng (sửa)');
    const early = await patch('/api/v1/geo/agencies/31?at=2025-07-01', { validTo: '2026-01-01' });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe('GEO_JURISDICTIONS_OUTLIVE_AGENCY');
    expect((await patch('/api/v1/geo/agencies/31?at=2025-07-01', {})).statusCode).toBe(400);
  });

  it('refuses a NUL character with a 400 and writes nothing', async () => {
    const audits = await auditCount(t.db);
    const res = await post('/api/v1/geo/agencies', {
      code: 'CS-NUL',
      name: 'bad\u0000name',
      kind: 'grassroots',
      validFrom: '2025-07-01',
      validTo: null,
      legalRef: 'x x',
      source: 'x x',
    });
    expect(res.statusCode).toBe(400);
    expect(await auditCount(t.db)).toBe(audits);
  });
});
