import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchKey } from '../../../platform/text.js';
import { SHARE_ONE } from '../geo.shares.js';
import { buildSeedPlan } from './plan.js';
import { readSources } from './sources.js';
import type { SeedPlan } from './types.js';

// The 63 → 34 merger per Resolution 202/2025/QH15, as tabulated in the project's reference data.
const MERGE_CSV = new URL('../../../../data/reference/provinces_2025_merge.csv', import.meta.url);

// The project's shared domain reference, present beside the project in CI.
const SHARED_MERGE_CSV = new URL(
  '../../../../../shared/data/provinces_2025_merge.csv',
  import.meta.url,
);

describe.runIf(fs.existsSync(SHARED_MERGE_CSV))('reference copy', () => {
  it('matches the shared merger table it was copied from', () => {
    expect(fs.readFileSync(MERGE_CSV, 'utf8')).toBe(fs.readFileSync(SHARED_MERGE_CSV, 'utf8'));
  });
});

describe('seed plan from the published lists', () => {
  let plan: SeedPlan;
  beforeAll(async () => {
    plan = buildSeedPlan(await readSources());
  });

  it('has 63 old provinces with their districts and ~10,000 communes, and 34 new provinces with 3,321 communes', () => {
    const count = (level: string, to: string | null) =>
      plan.units.filter((u) => u.level === level && u.validTo === to).length;
    expect(count('province', '2025-07-01')).toBe(63);
    expect(count('district', '2025-07-01')).toBe(696);
    expect(count('commune', '2025-07-01')).toBeGreaterThan(10_000);
    expect(count('commune', '2025-07-01')).toBeLessThan(10_100);
    expect(count('province', null)).toBe(34);
    expect(count('commune', null)).toBe(3321);
    expect(count('district', null)).toBe(0); // the district level ends on 2025-07-01
  });

  it('maps every old province to the new province the shared merger table names', () => {
    const rows = parse(fs.readFileSync(MERGE_CSV, 'utf8'), { columns: true }) as {
      old_code: string;
      old_name: string;
      new_code: string;
      new_name: string;
    }[];
    expect(rows).toHaveLength(63);
    const units = new Map(plan.units.map((u) => [u.key, u]));
    for (const row of rows) {
      const edges = plan.successions.filter((s) => s.predecessorKey === `old:p:${row.old_code}`);
      expect(edges, `old province ${row.old_code}`).toHaveLength(1);
      expect(edges[0]!.successorKey).toBe(`new:p:${row.new_code}`);
      expect(edges[0]!.shareNano).toBe(SHARE_ONE);
      expect(searchKey(units.get(`old:p:${row.old_code}`)!.name)).toContain(
        searchKey(row.old_name).replace(/^thua thien /, ''),
      );
      expect(searchKey(units.get(`new:p:${row.new_code}`)!.name)).toContain(
        searchKey(row.new_name),
      );
    }
  });

  it('gives every predecessor shares that sum to exactly one', () => {
    const sums = new Map<string, number>();
    for (const s of plan.successions)
      sums.set(s.predecessorKey, (sums.get(s.predecessorKey) ?? 0) + s.shareNano);
    expect([...sums.values()].every((v) => v === SHARE_ONE)).toBe(true);
  });

  it('maps almost every old commune and reports the few it cannot', () => {
    const oldCommunes = plan.units.filter(
      (u) => u.level === 'commune' && u.validTo !== null,
    ).length;
    const gaps = plan.report.oldCommunesWithoutSuccessor as string[];
    expect(gaps.length).toBeLessThan(oldCommunes * 0.005);
    const mapped = new Set(
      plan.successions
        .filter((s) => s.predecessorKey.startsWith('old:c:'))
        .map((s) => s.predecessorKey),
    );
    expect(mapped.size + gaps.length).toBe(oldCommunes);
  });

  it('keeps a reused code apart by its validity: 15 was Yên Bái and is Lào Cai', () => {
    const fifteen = plan.units.filter((u) => u.level === 'province' && u.code === '15');
    expect(fifteen.map((u) => [u.name, u.validFrom, u.validTo])).toEqual([
      ['Tỉnh Yên Bái', '2008-08-01', '2025-07-01'],
      ['Tỉnh Lào Cai', '2025-07-01', null],
    ]);
  });

  it('places Hải Dương communes inside Hải Phòng after the reform', () => {
    const units = new Map(plan.units.map((u) => [u.key, u]));
    const hdDistricts = new Set(
      plan.units.filter((u) => u.parentKey === 'old:p:30').map((u) => u.key),
    );
    const hdCommunes = plan.units.filter((u) => u.parentKey && hdDistricts.has(u.parentKey));
    expect(hdCommunes.length).toBeGreaterThan(200);
    const targets = plan.successions
      .filter((s) => hdCommunes.some((c) => c.key === s.predecessorKey))
      .map((s) => units.get(s.successorKey)!.parentKey);
    expect(new Set(targets)).toEqual(new Set(['new:p:31']));
  });
});
