import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.js';
import { resolveUnit } from './geo.service.js';
import { unitsWithinEachScope, unitsWithinScope } from './geo.scope.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ids = async (code: string, at: string) => (await resolveUnit(t.db, code, at)).id;

describe('units within a scope', () => {
  it('covers a new province’s communes and the former communes that merged into them', async () => {
    const haiPhong = await ids('31', '2026-01-01');
    const scope = new Set(await unitsWithinScope(t.db, [haiPhong]));
    expect(scope.has(await ids('10507', '2025-06-30'))).toBe(true); // a Hải Dương commune
    expect(scope.has(await ids('01', '2026-01-01'))).toBe(false); // Hà Nội
  });

  it('keeps a former province’s communes apart from those of its partner in the merger', async () => {
    const haiDuong = await ids('30', '2025-06-30');
    const haiPhongBefore = await ids('31', '2025-06-30');
    const byRoot = await unitsWithinEachScope(t.db, [haiDuong, haiPhongBefore]);
    const a = new Set(byRoot.get(haiDuong));
    const shared = byRoot.get(haiPhongBefore)!.filter((id) => a.has(id));
    expect(shared).toEqual([]);
    // the new province succeeds both, but is more than either: neither scope covers it
    expect(a.has(await ids('31', '2026-01-01'))).toBe(false);
  });

  it('follows a correction of the successions at once', async () => {
    const url = '/api/v1/geo/units/10507/successors?at=2025-06-30';
    const current = (await t.inject({ method: 'GET', url })).json().items[0].unit.code as string;
    const other = (
      await t.inject({ method: 'GET', url: '/api/v1/geo/units?parentCode=31&limit=50' })
    )
      .json()
      .items.find((u: { code: string }) => u.code !== current).code as string;
    const oldCommune = await ids('10507', '2025-06-30');
    const target = await ids(other, '2026-01-01');
    expect(await unitsWithinScope(t.db, [target])).not.toContain(oldCommune);
    const note = 'moved for the test';
    const moved = await t.inject({
      method: 'PUT',
      url,
      payload: { successors: [{ code: other, share: '1', method: 'operator', note }] },
    });
    expect(moved.statusCode).toBe(200);
    expect(await unitsWithinScope(t.db, [target])).toContain(oldCommune);
  });
});
