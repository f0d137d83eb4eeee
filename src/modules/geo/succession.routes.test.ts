import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, createTestApp, type TestApp } from '../../../tests/helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.inject({ method: 'GET', url });
const send = (method: 'POST' | 'PUT', url: string, payload: object) =>
  t.inject({ method, url, payload });

describe('mapping old units to today', () => {
  it('maps Hải Dương (30 until 2025-06-30) wholly to Hải Phòng (31)', async () => {
    const res = (await get('/api/v1/geo/units/30/successors?at=2025-06-30&to=2026-01-01')).json();
    expect(res.items).toHaveLength(1);
    expect(res.items[0]).toMatchObject({
      share: '1.000000000',
      method: 'whole',
      unit: { code: '31', name: 'Thành phố Hải Phòng' },
    });
    expect(res.unallocatedShare).toBe('0.000000000');
  });

  it('lists the old provinces a new one absorbed', async () => {
    const res = (await get('/api/v1/geo/units/31/predecessors?at=2025-07-01')).json();
    expect(
      res.items.map(
        (i: { unit: { code: string; name: string } }) => `${i.unit.code} ${i.unit.name}`,
      ),
    ).toEqual(['30 Tỉnh Hải Dương', '31 Thành phố Hải Phòng']);
  });
});

describe('POST /api/v1/geo/reaggregations', () => {
  it('re-aggregates every old commune’s count onto today’s communes with the total conserved exactly', async () => {
    const communes = await t.db
      .selectFrom('admin_unit')
      .select('code')
      .where('level', '=', 'commune')
      .where('valid_to', '=', '2025-07-01')
      .execute();
    let seed = 7;
    const items = communes.map((c) => ({
      code: c.code,
      count: (seed = (seed * 48271) % 2147483647) % 5000,
    }));
    const total = items.reduce((a, b) => a + b.count, 0);
    const res = await send('POST', '/api/v1/geo/reaggregations', {
      from: '2025-06-30',
      to: '2025-07-01',
      items,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.totalIn).toBe(total);
    expect(body.totalOut + body.totalUnallocated).toBe(total);
    expect(body.items.reduce((a: number, i: { count: number }) => a + i.count, 0)).toBe(
      body.totalOut,
    );
    expect(
      body.items.every((i: { unit: { validFrom: string } }) => i.unit.validFrom === '2025-07-01'),
    ).toBe(true);
    expect(body.unallocated.length).toBeLessThan(20);
  });

  it('refuses codes unknown at the date and duplicates, without partial results', async () => {
    const unknown = await send('POST', '/api/v1/geo/reaggregations', {
      from: '2025-06-30',
      items: [
        { code: '31', count: 1 },
        { code: '77777', count: 2 },
      ],
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('GEO_UNIT_NOT_FOUND');
    const dup = await send('POST', '/api/v1/geo/reaggregations', {
      from: '2025-06-30',
      items: [
        { code: '30', count: 1 },
        { code: '30', count: 2 },
      ],
    });
    expect(dup.statusCode).toBe(400);
    const negative = await send('POST', '/api/v1/geo/reaggregations', {
      from: '2025-06-30',
      items: [{ code: '30', count: -1 }],
    });
    expect(negative.statusCode).toBe(400);
  });
});

describe('PUT /api/v1/geo/units/:code/successors', () => {
  // Commune 10507 (Hải Dương) was merged whole; an operator records that it was in fact split.
  const url = '/api/v1/geo/units/10507/successors?at=2025-06-30';

  it('replaces successors with shares that sum to one, records the method, and audits it', async () => {
    const before = (await get(url)).json();
    const first = before.items[0].unit.code;
    const other = (await get(`/api/v1/geo/units?parentCode=31&at=2025-07-01&limit=2`))
      .json()
      .items.find((u: { code: string }) => u.code !== first).code;
    const audits = await auditCount(t.db);
    const res = await send('PUT', url, {
      successors: [
        {
          code: first,
          share: '0.6',
          method: 'population',
          note: 'population of the villages that moved (commune report 2025)',
        },
        {
          code: other,
          share: '0.4',
          method: 'population',
          note: 'population of the villages that moved (commune report 2025)',
        },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((i: { share: string }) => i.share)
        .sort(),
    ).toEqual(['0.400000000', '0.600000000']);
    expect(await auditCount(t.db)).toBe(audits + 1);
    const counts = (
      await send('POST', '/api/v1/geo/reaggregations', {
        from: '2025-06-30',
        to: '2025-07-01',
        items: [{ code: '10507', count: 1001 }],
      })
    ).json();
    expect(counts.items.map((i: { count: number }) => i.count).sort()).toEqual([400, 601]);
  });

  it('refuses shares that do not sum to one and changes nothing', async () => {
    const before = (await get(url)).json();
    const audits = await auditCount(t.db);
    const res = await send('PUT', url, {
      successors: [
        { code: before.items[0].unit.code, share: '0.9', method: 'operator', note: 'typo' },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('GEO_SHARES_INVALID');
    expect((await get(url)).json().items).toEqual(before.items);
    expect(await auditCount(t.db)).toBe(audits);
  });

  it('refuses a successor that did not exist when the unit ended, and a unit still valid', async () => {
    const stale = await send('PUT', url, {
      successors: [{ code: '30', share: '1', method: 'operator', note: 'wrong era' }],
    });
    expect(stale.statusCode).toBe(404);
    const current = await send('PUT', '/api/v1/geo/units/31/successors?at=2025-07-01', {
      successors: [{ code: '31', share: '1', method: 'operator', note: 'itself' }],
    });
    expect(current.statusCode).toBe(422);
    expect(current.json().code).toBe('GEO_UNIT_NOT_SUPERSEDED');
  });

  it('lists the gaps in the published mapping', async () => {
    const gaps = (await get('/api/v1/geo/succession-gaps')).json();
    expect(gaps.withoutSuccessor.length).toBeGreaterThan(0);
    expect(gaps.withoutSuccessor.every((g: { validTo: string | null }) => g.validTo !== null)).toBe(
      true,
    );
    expect(gaps.withoutPredecessor.map((g: { name: string }) => g.name)).toContain(
      'Đặc khu Côn Đảo',
    );
  });
});

describe('succession rules', () => {
  it('refuses a successor of another level, except a district passing to a province', async () => {
    const commune = await send('PUT', '/api/v1/geo/units/10510/successors?at=2025-06-30', {
      successors: [
        { code: '31', share: '1', method: 'operator', note: 'a commune cannot become a province' },
      ],
    });
    expect(commune.statusCode).toBe(422);
    expect(commune.json().code).toBe('GEO_SUCCESSOR_INVALID');
    const district = await send('PUT', '/api/v1/geo/units/288/successors?at=2025-06-30', {
      successors: [{ code: '31', share: '1', method: 'whole', note: 'district level abolished' }],
    });
    expect(district.statusCode).toBe(200);
  });

  it('handles concurrent edits of one unit without errors, ending with one consistent set', async () => {
    const target = (await get('/api/v1/geo/units/10513/successors?at=2025-06-30')).json().items[0]
      .unit.code;
    const body = {
      successors: [
        { code: target, share: '1', method: 'operator', note: 'confirmed by the commune' },
      ],
    };
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        send('PUT', '/api/v1/geo/units/10513/successors?at=2025-06-30', body),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(
      (await get('/api/v1/geo/units/10513/successors?at=2025-06-30')).json().items,
    ).toHaveLength(1);
  });

  it('refuses re-aggregation backwards in time and totals beyond exact integers', async () => {
    const back = await send('POST', '/api/v1/geo/reaggregations', {
      from: '2025-07-01',
      to: '2025-06-30',
      items: [{ code: '31', count: 1 }],
    });
    expect(back.statusCode).toBe(400);
    const max = Number.MAX_SAFE_INTEGER;
    const huge = await send('POST', '/api/v1/geo/reaggregations', {
      from: '2025-06-30',
      items: [
        { code: '30', count: max },
        { code: '31', count: max },
      ],
    });
    expect(huge.statusCode).toBe(400);
    const one = (
      await send('POST', '/api/v1/geo/reaggregations', {
        from: '2025-06-30',
        to: '2025-07-01',
        items: [{ code: '30', count: max }],
      })
    ).json();
    expect(one.totalOut).toBe(max);
  });
});
