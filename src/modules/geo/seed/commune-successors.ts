// Resolves each old commune to its successor commune(s) from the 2025 mapping, in order of
// reliability: (1) mapping rows that carry the old code; (2) rows that name the old commune
// by province, district and commune name (their codes are missing); (3) a new commune of the
// same name in the province that absorbed the old one. What stays unresolved is reported.
import { searchKey } from '../../../platform/text.js';
import { shortKey } from '../geo.names.js';
import type { OldHierarchy } from './old-hierarchy.js';
import type { RawNewWard, RawSources, RawWardMapping } from './types.js';

export type ResolutionStep = 'code' | 'names' | 'same_name';

export interface CommuneSuccessors {
  /** old commune code → new commune codes (deduplicated, sorted) */
  successors: Map<string, { codes: string[]; step: ResolutionStep }>;
  unresolved: string[];
  unusedMappingRows: number;
}

function newWardResolver(raw: RawSources) {
  const provinceByKey = new Map(
    raw.newProvinces.map((p) => [shortKey(p.name, 'province'), p.code]),
  );
  const byCode = new Map(raw.newWards.map((w) => [w.code, w]));
  const byName = new Map<string, RawNewWard[]>();
  for (const w of raw.newWards) {
    const key = `${w.provinceCode}|${shortKey(w.name, 'commune')}|${searchKey(w.name)}`;
    byName.set(key, [...(byName.get(key) ?? []), w]);
  }
  // Codes in later-added rows are often wrong ("4000" for two different wards): trust a code
  // only when its name agrees, else resolve by province and full name.
  return (row: RawWardMapping): string | null => {
    const byCodeHit = byCode.get(row.newWardCode);
    if (byCodeHit && searchKey(byCodeHit.name) === searchKey(row.newWardName))
      return byCodeHit.code;
    const province = provinceByKey.get(shortKey(row.newProvinceName, 'province'));
    const key = `${province}|${shortKey(row.newWardName, 'commune')}|${searchKey(row.newWardName)}`;
    const hits = byName.get(key) ?? [];
    return hits.length === 1 ? hits[0]!.code : null;
  };
}

function oldNameIndex(old: OldHierarchy): Map<string, string> {
  const districts = new Map(old.districts.map((d) => [d.code, d]));
  const provinces = new Map(old.provinces.map((p) => [p.code, p]));
  const index = new Map<string, string>();
  for (const c of old.communes) {
    const d = districts.get(c.districtCode)!;
    const p = provinces.get(d.provinceCode)!;
    index.set(
      [
        shortKey(p.name, 'province'),
        shortKey(d.name, 'district'),
        shortKey(c.name, 'commune'),
      ].join('|'),
      c.code,
    );
  }
  return index;
}

export function resolveCommuneSuccessors(raw: RawSources, old: OldHierarchy): CommuneSuccessors {
  const resolveNew = newWardResolver(raw);
  const byName = oldNameIndex(old);
  const found = new Map<string, { codes: Set<string>; step: ResolutionStep }>();
  let unused = 0;
  for (const row of raw.wardMappings) {
    const newCode = resolveNew(row);
    let oldCode = row.oldWardCode;
    let step: ResolutionStep = 'code';
    if (!oldCode && row.oldWardName && row.oldDistrictName && row.oldProvinceName) {
      step = 'names';
      oldCode =
        byName.get(
          [
            shortKey(row.oldProvinceName, 'province'),
            shortKey(row.oldDistrictName, 'district'),
            shortKey(row.oldWardName, 'commune'),
          ].join('|'),
        ) ?? null;
    }
    if (!oldCode || !newCode) {
      unused++;
      continue;
    }
    const entry = found.get(oldCode);
    // rows by code are authoritative; name rows only fill communes the code rows missed
    if (!entry) found.set(oldCode, { codes: new Set([newCode]), step });
    else if (entry.step === step) entry.codes.add(newCode);
    else if (step === 'code') found.set(oldCode, { codes: new Set([newCode]), step });
  }
  const successors = new Map(
    [...found].map(([k, v]) => [k, { codes: [...v.codes].sort(), step: v.step }]),
  );
  const unresolved = old.communes.filter((c) => !successors.has(c.code)).map((c) => c.code);
  return { successors, unresolved, unusedMappingRows: unused };
}

/** Step 3: an unresolved old commune whose name exists in the province that absorbed it. */
export function resolveBySameName(
  raw: RawSources,
  old: OldHierarchy,
  result: CommuneSuccessors,
  newProvinceOfOld: Map<string, string>,
): void {
  const districts = new Map(old.districts.map((d) => [d.code, d]));
  const communes = new Map(old.communes.map((c) => [c.code, c]));
  const stillUnresolved: string[] = [];
  for (const code of result.unresolved) {
    const c = communes.get(code)!;
    const newProvince = newProvinceOfOld.get(districts.get(c.districtCode)!.provinceCode);
    const hits = raw.newWards.filter(
      (w) => w.provinceCode === newProvince && searchKey(w.name) === searchKey(c.name),
    );
    if (hits.length === 1)
      result.successors.set(code, { codes: [hits[0]!.code], step: 'same_name' });
    else stillUnresolved.push(code);
  }
  result.unresolved = stillUnresolved;
}
