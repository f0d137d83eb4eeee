// A hand-made province for the tests of pure parts: 40 communes formed on 2025-07-01, half of
// them from a former province 30, the participant groups and levels of migration 0010.
import type { CommuneInfo, GroupLevel, ProvinceContext } from './context.js';
import { toDay } from './days.js';

const LEVELS: [string, number][] = [
  ['DN', 4],
  ['HC', 4],
  ['HX', 4],
  ['TK', 4],
  ['HT', 3],
  ['TE', 1],
  ['CB', 2],
  ['BT', 2],
  ['HN', 2],
  ['DT', 2],
  ['HS', 4],
  ['SV', 4],
  ['GB', 4],
  ['GD', 4],
];

export const FIXTURE_GROUPS: GroupLevel[] = [
  ...LEVELS.map(([code, level]) => ({ code, level, from: '2015-01-01', to: null })),
  { code: 'CN', level: 3, from: '2015-01-01', to: '2026-01-01' },
  { code: 'CN', level: 2, from: '2026-01-01', to: null },
  { code: 'LH', level: 4, from: '2025-07-01', to: '2026-01-01' },
  { code: 'LH', level: 2, from: '2026-01-01', to: null },
];

export function fixtureContext(asOf = '2026-11-28'): ProvinceContext {
  const merger = toDay('2025-07-01');
  const communes: CommuneInfo[] = Array.from({ length: 40 }, (_, i) => ({
    id: 1000 + i,
    code: String(11000 + i),
    name: i % 3 === 0 ? `Phường Thử ${i}` : `Xã Thử ${i}`,
    since: merger,
    former: [
      { id: 5000 + 2 * i, name: `Xã Cũ ${2 * i}` },
      { id: 5001 + 2 * i, name: `Xã Cũ ${2 * i + 1}` },
    ],
    formerProvinceCode: i % 2 === 0 ? '30' : '31',
  }));
  return {
    province: { id: 1, code: '31', name: 'Thành phố Thử' },
    asOf: toDay(asOf),
    communes,
    otherProvinceCodes: {
      before: ['01', '22', '30', '31', '33'],
      after: ['01', '22', '31', '33'],
      mergerDay: merger,
    },
    groups: FIXTURE_GROUPS,
  };
}
