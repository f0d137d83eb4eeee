// Kysely row types of the tables this module owns (migrations/0001_geo.sql).
import type { Generated } from 'kysely';
import type { DenominatorKind, DenominatorStatus } from './denominators.rules.js';

export interface AdminUnitTable {
  id: Generated<number>;
  level: 'country' | 'province' | 'district' | 'commune';
  code: string;
  name: string;
  short_name: string;
  unit_type: string;
  parent_id: number | null;
  valid_from: string;
  valid_to: string | null;
  search_key: string;
  source: string;
  legal_ref: string | null;
}

export interface AdminUnitSuccessionTable {
  id: Generated<number>;
  predecessor_id: number;
  successor_id: number;
  /** numeric(10,9) as a decimal string */
  share: string;
  share_method: 'whole' | 'equal_split' | 'population' | 'area' | 'operator';
  share_note: string;
  source: string;
  created_at: Generated<Date>;
}

export interface VssAgencyTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: 'national' | 'provincial' | 'regional' | 'grassroots';
  valid_from: string;
  valid_to: string | null;
  legal_ref: string;
  source: string;
}

export interface VssAgencyJurisdictionTable {
  id: Generated<number>;
  agency_id: number;
  admin_unit_id: number;
  valid_from: string;
  valid_to: string | null;
  legal_ref: string;
}

export interface DenominatorTable {
  id: Generated<number>;
  admin_unit_id: number;
  year: number;
  kind: DenominatorKind;
  value: number;
  status: Generated<DenominatorStatus>;
  synthetic: Generated<boolean>;
  source: string;
  note: string | null;
  updated_at: Generated<Date>;
}

export interface GeoTables {
  admin_unit: AdminUnitTable;
  admin_unit_succession: AdminUnitSuccessionTable;
  vss_agency: VssAgencyTable;
  vss_agency_jurisdiction: VssAgencyJurisdictionTable;
  denominator: DenominatorTable;
}
