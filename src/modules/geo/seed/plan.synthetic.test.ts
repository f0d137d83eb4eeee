import { describe, expect, it } from 'vitest';
import { SHARE_ONE } from '../geo.shares.js';
import { buildSeedPlan } from './plan.js';
import type { RawSources, RawWardMapping } from './types.js';

// A miniature country exercising every reconciliation path on made-up names.
function raw(): RawSources {
  const row = (m: Partial<RawWardMapping>): RawWardMapping => ({
    oldWardCode: null,
    oldWardName: null,
    oldDistrictName: null,
    oldProvinceName: null,
    newWardCode: '',
    newWardName: '',
    newProvinceName: 'Tỉnh Mới',
    ...m,
  });
  return {
    oldProvinces: [{ code: '01', name: 'Tỉnh Cũ' }],
    oldDistricts: [{ code: '001', provinceCode: '01', name: 'Huyện Một' }],
    oldCommunes: [
      { code: '00001', districtCode: '001', name: 'Xã An' },
      { code: '00002', districtCode: '001', name: 'Xã Bình' },
      { code: '00003', districtCode: '001', name: 'Phường 05' }, // stale code
      { code: '00004', districtCode: '001', name: 'Xã Đông' }, // only named in the mapping
      { code: '00005', districtCode: '001', name: 'Xã Tây' }, // same name after the reform
      { code: '00006', districtCode: '001', name: 'Xã Lạc' }, // nowhere
    ],
    newProvinces: [{ code: '02', name: 'Tỉnh Mới', placeType: 'Tỉnh' }],
    newWards: [
      { code: '10001', provinceCode: '02', name: 'Xã Hòa' },
      { code: '10002', provinceCode: '02', name: 'Xã Thuận' },
      { code: '10003', provinceCode: '02', name: 'Xã Tây' },
    ],
    wardMappings: [
      row({
        oldWardCode: '00001',
        oldWardName: 'Xã An',
        newWardCode: '10001',
        newWardName: 'Xã Hòa',
      }),
      row({ oldWardCode: '00002', newWardCode: '10001', newWardName: 'Xã Hòa' }),
      row({ oldWardCode: '00002', newWardCode: '10002', newWardName: 'Xã Thuận' }),
      row({ oldWardCode: '00002', newWardCode: '10002', newWardName: 'Xã Thuận' }), // duplicate row
      row({
        oldWardCode: '00009',
        oldWardName: 'Phường 5',
        oldDistrictName: 'Quận Một',
        oldProvinceName: 'Tỉnh Cũ',
        newWardCode: '10002',
        newWardName: 'Xã Thuận',
      }),
      // a later row with a wrong code: resolved by its name
      row({
        oldWardName: 'Xã Đông',
        oldDistrictName: 'Huyện Một',
        oldProvinceName: 'Tỉnh Cũ',
        newWardCode: '4000',
        newWardName: 'Xã Thuận',
      }),
    ],
  };
}

describe('seed plan reconciliation', () => {
  const plan = buildSeedPlan(raw());
  const edgesOf = (key: string) => plan.successions.filter((s) => s.predecessorKey === key);

  it('splits a commune listed with two successors equally and says so', () => {
    const edges = edgesOf('old:c:00002');
    expect(edges.map((e) => e.successorKey)).toEqual(['new:c:10001', 'new:c:10002']);
    expect(edges.map((e) => e.shareNano)).toEqual([SHARE_ONE / 2, SHARE_ONE / 2]);
    expect(edges.every((e) => e.method === 'equal_split' && /split equally/.test(e.note))).toBe(
      true,
    );
  });

  it('replaces a stale code by the mapping’s code for the same ward of the same district', () => {
    expect(plan.units.some((u) => u.key === 'old:c:00003')).toBe(false);
    expect(plan.units.find((u) => u.key === 'old:c:00009')?.parentKey).toBe('old:d:001');
    expect(plan.report.oldCodesReplacedByMapping).toEqual(['00003→00009']);
  });

  it('resolves rows without codes by names, then by the same name in the absorbing province', () => {
    expect(edgesOf('old:c:00004').map((e) => e.successorKey)).toEqual(['new:c:10002']);
    expect(edgesOf('old:c:00005')[0]).toMatchObject({
      successorKey: 'new:c:10003',
      method: 'whole',
    });
  });

  it('reports what it could not map instead of guessing', () => {
    expect(plan.report.oldCommunesWithoutSuccessor).toEqual(['00006']);
    expect(edgesOf('old:p:01')).toEqual([
      expect.objectContaining({ successorKey: 'new:p:02', shareNano: SHARE_ONE }),
    ]);
    expect(edgesOf('old:d:001')).toEqual([expect.objectContaining({ successorKey: 'new:p:02' })]);
  });
});
