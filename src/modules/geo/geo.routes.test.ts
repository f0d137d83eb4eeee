import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.inject({ method: 'GET', url });

describe('GET /api/v1/geo/units', () => {
  it('lists the 63 provinces before the reform and the 34 after', async () => {
    const before = await get('/api/v1/geo/units?level=province&at=2025-06-30&limit=100');
    const after = await get('/api/v1/geo/units?level=province&at=2025-07-01&limit=100');
    expect(before.json().items).toHaveLength(63);
    expect(after.json().items).toHaveLength(34);
  });

  it('finds "Hải Dương" when searched without diacritics', async () => {
    const res = await get('/api/v1/geo/units?q=hai%20duong&level=province&at=2024-01-01');
    expect(res.json().items.map((u: { name: string }) => u.name)).toEqual(['Tỉnh Hải Dương']);
  });

  it('lists children at the date: districts before the reform, communes after', async () => {
    const old = (await get('/api/v1/geo/units?parentCode=30&at=2025-06-30&limit=500')).json();
    expect(new Set(old.items.map((u: { level: string }) => u.level))).toEqual(
      new Set(['district']),
    );
    const now = (await get('/api/v1/geo/units?parentCode=31&at=2025-07-01&limit=500')).json();
    expect(new Set(now.items.map((u: { level: string }) => u.level))).toEqual(new Set(['commune']));
    expect(now.items.length).toBeGreaterThan(100);
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const first = (await get('/api/v1/geo/units?level=province&at=2025-07-01&limit=20')).json();
    expect(first.nextCursor).toBeTruthy();
    const second = (
      await get(
        `/api/v1/geo/units?level=province&at=2025-07-01&limit=20&cursor=${first.nextCursor}`,
      )
    ).json();
    expect(second.nextCursor).toBeNull();
    const codes = [...first.items, ...second.items].map((u: { code: string }) => u.code);
    expect(new Set(codes).size).toBe(34);
  });
});

describe('GET /api/v1/geo/units/:code', () => {
  it('resolves a reused code by date: 15 was Yên Bái, is Lào Cai', async () => {
    expect((await get('/api/v1/geo/units/15?at=2024-01-01')).json().unit.name).toBe('Tỉnh Yên Bái');
    expect((await get('/api/v1/geo/units/15?at=2025-07-01')).json().unit.name).toBe('Tỉnh Lào Cai');
  });

  it('returns the ancestors of a commune up to the country', async () => {
    const res = (await get('/api/v1/geo/units/10507?at=2025-01-01')).json();
    expect(res.ancestors.map((a: { level: string }) => a.level)).toEqual([
      'district',
      'province',
      'country',
    ]);
    expect(res.ancestors[1].name).toBe('Tỉnh Hải Dương');
    const province = (await get('/api/v1/geo/units/30?at=2025-01-01')).json();
    expect(province.unit.childCount).toBe(12);
  });

  it('answers 404 with the periods the code was valid when it is used at another date', async () => {
    const res = await get('/api/v1/geo/units/30?at=2025-08-01');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      code: 'GEO_UNIT_NOT_VALID_AT',
      details: { versions: [{ name: 'Tỉnh Hải Dương', validTo: '2025-07-01' }] },
    });
    expect(res.json().messageVi).toContain('Mã 30 không ứng với đơn vị nào vào ngày 01/08/2025');
    expect(res.json().requestId).toBe(res.headers['x-request-id']);
  });

  it('lists every version of a code', async () => {
    const res = (await get('/api/v1/geo/units/31/versions')).json();
    expect(res.items.map((u: { name: string }) => u.name)).toEqual([
      'Thành phố Hải Phòng',
      'Thành phố Hải Phòng',
    ]);
  });
});

describe('bad input', () => {
  it.each([
    ['/api/v1/geo/units/abc', 400, 'VALIDATION_FAILED'],
    ['/api/v1/geo/units/30?at=2025-02-30', 400, 'VALIDATION_FAILED'],
    ['/api/v1/geo/units/30?at=30/06/2025', 400, 'VALIDATION_FAILED'],
    ['/api/v1/geo/units?limit=100000', 400, 'VALIDATION_FAILED'],
    ['/api/v1/geo/units/99?at=2024-01-01', 404, 'GEO_UNIT_NOT_FOUND'],
    ['/api/v1/geo/units/30?at=1900-01-01', 400, 'GEO_DATE_OUT_OF_RANGE'],
    ['/api/v1/geo/nothing', 404, 'ROUTE_NOT_FOUND'],
  ])('%s → %i %s with messages in both languages', async (url, status, code) => {
    const res = await get(url);
    expect(res.statusCode).toBe(status);
    const body = res.json();
    expect(body.code).toBe(code);
    expect(body.message).toBeTruthy();
    expect(body.messageVi).toBeTruthy();
    expect(body.requestId).toBeTruthy();
  });

  it('keeps a caller’s request id and echoes it', async () => {
    const res = await t.inject({
      method: 'GET',
      url: '/api/v1/geo/units/30?at=2025-08-01',
      headers: { 'x-request-id': 'facility-abc-123' },
    });
    expect(res.headers['x-request-id']).toBe('facility-abc-123');
    expect(res.json().requestId).toBe('facility-abc-123');
  });
});

describe('platform endpoints', () => {
  it('serves health, readiness and the OpenAPI document', async () => {
    expect((await get('/health')).json()).toEqual({ status: 'ok' });
    expect((await get('/ready')).json()).toEqual({ status: 'ready' });
    const doc = (await get('/docs/json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/geo/units',
        '/api/v1/geo/units/{code}/successors',
        '/api/v1/geo/reaggregations',
      ]),
    );
  });
});

describe('GET /api/v1/geo/tree', () => {
  it('nests provinces → districts → communes before the reform and provinces → communes after', async () => {
    const before = (await get('/api/v1/geo/tree?at=2025-06-30&depth=3')).json();
    const hd = before.children.find((p: { code: string }) => p.code === '30');
    expect(hd.name).toBe('Tỉnh Hải Dương');
    expect(hd.children[0].level).toBe('district');
    expect(hd.children[0].children[0].level).toBe('commune');
    const after = (await get('/api/v1/geo/tree?at=2025-07-01&root=31&depth=1')).json();
    expect(after.root.name).toBe('Thành phố Hải Phòng');
    expect(after.children.every((c: { level: string }) => c.level === 'commune')).toBe(true);
    const listed = (await get('/api/v1/geo/units?parentCode=31&at=2025-07-01&limit=500')).json();
    expect(after.children).toHaveLength(listed.items.length);
    expect(before.children).toHaveLength(63);
  });
});

describe('search ranking', () => {
  it('lists higher levels first and matches whole words from their start', async () => {
    const res = (await get('/api/v1/geo/units?q=hai%20duong&at=2025-01-01&limit=5')).json();
    expect(res.items[0]).toMatchObject({ level: 'province', name: 'Tỉnh Hải Dương' });
    const all = (await get('/api/v1/geo/units?q=hai%20duong&at=2025-01-01&limit=500')).json();
    expect(all.items.some((u: { name: string }) => /Thái Dương/.test(u.name))).toBe(false);
  });

  it('pages through mixed levels in the same order', async () => {
    const whole = (await get('/api/v1/geo/units?q=an&at=2025-01-01&limit=500')).json().items;
    const paged: { id: number }[] = [];
    let cursor = '';
    do {
      const page = (
        await get(
          `/api/v1/geo/units?q=an&at=2025-01-01&limit=37${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json();
      paged.push(...page.items);
      cursor = page.nextCursor ?? '';
    } while (cursor && paged.length < 500);
    expect(paged.slice(0, whole.length).map((u) => u.id)).toEqual(
      whole.map((u: { id: number }) => u.id),
    );
  });

  it('refuses a forged cursor', async () => {
    const res = await get('/api/v1/geo/units?cursor=bm9wZQ');
    expect(res.statusCode).toBe(400);
  });
});

describe('hostile queries', () => {
  it.each([
    '/api/v1/geo/units?q=%00',
    '/api/v1/geo/units?q=%20%20%20',
    `/api/v1/geo/units?q=${encodeURIComponent('\u0301\u0300')}`,
    `/api/v1/geo/units?cursor=${Buffer.from('1|30|99999999999999999999').toString('base64url')}`,
    `/api/v1/geo/units?cursor=${Buffer.from("1|30'--|5").toString('base64url')}`,
    '/api/v1/geo/units/30?at=0000-01-01',
    `/api/v1/geo/units?q=${'a'.repeat(101)}`,
  ])('%s → 400', async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().messageVi).toBeTruthy();
  });

  it('accepts a far-future date and simply finds today’s units', async () => {
    expect((await get('/api/v1/geo/units/31?at=9999-12-31')).json().unit.name).toBe(
      'Thành phố Hải Phòng',
    );
  });
});
