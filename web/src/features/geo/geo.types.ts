// Shapes of the geo API answers (see /docs, tag "geo").

export type UnitLevel = 'country' | 'province' | 'district' | 'commune';

export interface UnitRef {
  code: string;
  name: string;
  level: UnitLevel;
  validFrom: string;
  validTo: string | null;
}

export interface AdminUnit {
  id: number;
  level: UnitLevel;
  code: string;
  name: string;
  shortName: string;
  unitType: string;
  validFrom: string;
  /** first day no longer valid (exclusive); null while still valid */
  validTo: string | null;
  /** last day valid (inclusive); null while still valid */
  validUntil: string | null;
  parent: UnitRef | null;
  childCount?: number;
  source: string;
  legalRef: string | null;
}

export interface UnitPage {
  items: AdminUnit[];
  nextCursor: string | null;
}

export interface UnitWithAncestors {
  unit: AdminUnit;
  /** nearest first, ending with the country */
  ancestors: AdminUnit[];
}

export type ShareMethod = 'whole' | 'equal_split' | 'population' | 'area' | 'operator';

export interface ShareItem {
  unit: AdminUnit;
  /** decimal string with 9 places, e.g. "1.000000000" */
  share: string;
  method: ShareMethod | null;
  note: string | null;
}

export interface Predecessors {
  unit: AdminUnit;
  items: ShareItem[];
}

export interface Successors {
  unit: AdminUnit;
  to: string;
  items: ShareItem[];
  unallocatedShare: string;
}

const LEVEL_RANK: Record<UnitLevel, number> = { country: 0, province: 1, district: 2, commune: 3 };

/** Orders units top-down (provinces first), then by code. */
export function byLevelThenCode(a: AdminUnit, b: AdminUnit): number {
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.code.localeCompare(b.code);
}
