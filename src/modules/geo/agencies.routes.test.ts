import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, createTestApp, type TestApp } from '../../../tests/helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });
const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });
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
