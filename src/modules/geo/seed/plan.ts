// Builds the whole seed plan (units and successions) from the published lists. Pure: the
// same input gives the same plan, and the report says what was reconciled or left out.
import { parseUnitName } from '../geo.names.js';
import { equalShares, SHARE_ONE } from '../geo.shares.js';
import { resolveBySameName, resolveCommuneSuccessors } from './commune-successors.js';
import { COUNTRY_FROM, LEGAL, OLD_FROM, REFORM_DATE } from './dates.js';
import { buildOldHierarchy, type OldHierarchy } from './old-hierarchy.js';
import { SOURCE_NEW, SOURCE_OLD } from './sources.js';
import type { PlannedSuccession, PlannedUnit, RawSources, SeedPlan } from './types.js';

const OLD_SOURCE = `${SOURCE_OLD}; start date provisional`;
const key = {
  oldProvince: (c: string) => `old:p:${c}`,
  oldDistrict: (c: string) => `old:d:${c}`,
  oldCommune: (c: string) => `old:c:${c}`,
  newProvince: (c: string) => `new:p:${c}`,
  newCommune: (c: string) => `new:c:${c}`,
};

function oldUnits(old: OldHierarchy): PlannedUnit[] {
  const common = { validFrom: OLD_FROM, validTo: REFORM_DATE, source: OLD_SOURCE };
  return [
    ...old.provinces.map((p) => ({
      ...common,
      key: key.oldProvince(p.code),
      level: 'province' as const,
      code: p.code,
      name: p.name,
      parentKey: 'vn',
      legalRef: LEGAL.oldProvince,
    })),
    ...old.districts.map((d) => ({
      ...common,
      key: key.oldDistrict(d.code),
      level: 'district' as const,
      code: d.code,
      name: d.name,
      parentKey: key.oldProvince(d.provinceCode),
      legalRef: LEGAL.oldDistrict,
    })),
    ...old.communes.map((c) => ({
      ...common,
      key: key.oldCommune(c.code),
      level: 'commune' as const,
      code: c.code,
      name: c.name,
      parentKey: key.oldDistrict(c.districtCode),
      legalRef: LEGAL.oldCommune,
    })),
  ];
}

function provinceName(p: RawSources['newProvinces'][number]): string {
  const parsed = parseUnitName(p.name, 'province');
  if (parsed.unitType !== 'khac') return parsed.name;
  return p.placeType.startsWith('Thành phố') ? `Thành phố ${p.name}` : `Tỉnh ${p.name}`;
}

function newUnits(raw: RawSources): PlannedUnit[] {
  const common = { validFrom: REFORM_DATE, validTo: null, source: SOURCE_NEW };
  return [
    ...raw.newProvinces.map((p) => ({
      ...common,
      key: key.newProvince(p.code),
      level: 'province' as const,
      code: p.code,
      name: provinceName(p),
      parentKey: 'vn',
      legalRef: LEGAL.newProvince,
    })),
    ...raw.newWards.map((w) => ({
      ...common,
      key: key.newCommune(w.code),
      level: 'commune' as const,
      code: w.code,
      name: w.name,
      parentKey: key.newProvince(w.provinceCode),
      legalRef: LEGAL.newCommune,
    })),
  ];
}

/** Old province → the new province that received most of its communes. */
function provinceSuccession(
  raw: RawSources,
  old: OldHierarchy,
  successors: Map<string, { codes: string[] }>,
): { map: Map<string, string>; mixed: string[] } {
  const wardProvince = new Map(raw.newWards.map((w) => [w.code, w.provinceCode]));
  const districtProvince = new Map(old.districts.map((d) => [d.code, d.provinceCode]));
  const tally = new Map<string, Map<string, number>>();
  for (const c of old.communes) {
    const oldP = districtProvince.get(c.districtCode)!;
    for (const code of successors.get(c.code)?.codes ?? []) {
      const counts = tally.get(oldP) ?? new Map<string, number>();
      const newP = wardProvince.get(code)!;
      counts.set(newP, (counts.get(newP) ?? 0) + 1);
      tally.set(oldP, counts);
    }
  }
  const map = new Map<string, string>();
  const mixed: string[] = [];
  for (const [oldP, counts] of tally) {
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    map.set(oldP, ranked[0]![0]);
    if (ranked.length > 1) mixed.push(oldP);
  }
  return { map, mixed };
}

const STEP_NOTES = {
  code: 'published mapping row for the old code',
  names: 'published mapping row naming the old commune (no code in the row)',
  same_name: 'commune of the same name in the absorbing province (no mapping row)',
} as const;

export function buildSeedPlan(raw: RawSources): SeedPlan {
  const old = buildOldHierarchy(raw);
  const communes = resolveCommuneSuccessors(raw, old);
  const provinces = provinceSuccession(raw, old, communes.successors);
  resolveBySameName(raw, old, communes, provinces.map);
  const successions: PlannedSuccession[] = [];
  const whole = (predecessorKey: string, successorKey: string, note: string) =>
    successions.push({ predecessorKey, successorKey, shareNano: SHARE_ONE, method: 'whole', note });
  for (const [oldP, newP] of provinces.map) {
    whole(
      key.oldProvince(oldP),
      key.newProvince(newP),
      'province merged whole (Resolution 202/2025/QH15)',
    );
  }
  for (const d of old.districts) {
    const newP = provinces.map.get(d.provinceCode);
    if (newP)
      whole(
        key.oldDistrict(d.code),
        key.newProvince(newP),
        'district level abolished; its province continues in the new province',
      );
  }
  let split = 0;
  for (const [oldCode, { codes, step }] of communes.successors) {
    const shares = equalShares(codes.length);
    if (codes.length > 1) split++;
    codes.forEach((newCode, i) =>
      successions.push({
        predecessorKey: key.oldCommune(oldCode),
        successorKey: key.newCommune(newCode),
        shareNano: shares[i]!,
        method: codes.length > 1 ? 'equal_split' : 'whole',
        note:
          codes.length > 1
            ? `${STEP_NOTES[step]}; ${codes.length} successors listed without sizes, split equally`
            : STEP_NOTES[step],
      }),
    );
  }
  const country: PlannedUnit = {
    key: 'vn',
    level: 'country',
    code: 'VN',
    name: 'Việt Nam',
    parentKey: null,
    validFrom: COUNTRY_FROM,
    validTo: null,
    source: 'ansinh',
    legalRef: LEGAL.country,
  };
  const units = [country, ...oldUnits(old), ...newUnits(raw)];
  const predecessorOf = new Set(successions.map((s) => s.successorKey));
  return {
    units,
    successions,
    report: {
      oldProvinces: old.provinces.length,
      oldDistricts: old.districts.length,
      oldCommunes: old.communes.length,
      newProvinces: raw.newProvinces.length,
      newCommunes: raw.newWards.length,
      mappingRows: raw.wardMappings.length,
      mappingRowsNotUsable: communes.unusedMappingRows,
      communeSuccessions: successions.filter((s) => s.predecessorKey.startsWith('old:c:')).length,
      oldCommunesSplit: split,
      oldCodesReplacedByMapping: old.replaced,
      oldCommunesAddedFromMapping: old.added,
      oldProvincesSpreadOverSeveralNew: provinces.mixed,
      oldCommunesWithoutSuccessor: communes.unresolved,
      newCommunesWithoutPredecessor: raw.newWards
        .filter((w) => !predecessorOf.has(key.newCommune(w.code)))
        .map((w) => w.code),
    },
  };
}
