// Row types of the tables the registry owns (migrations/0005_registry_person.sql,
// 0008_registry.sql).
import type { Generated } from 'kysely';

export type HouseholdRelation = 'head' | 'spouse' | 'child' | 'parent' | 'grandchild' | 'other';

export interface PersonTable {
  id: Generated<number>;
  national_id: string;
  full_name: string;
  search_key: string;
  birth_date: string;
  sex: 'male' | 'female';
  phone: string | null;
  commune_id: number;
  si_number: string | null;
  ethnicity: Generated<string>;
  household_id: number | null;
  household_relation: HouseholdRelation | null;
  created_at: Generated<Date>;
}

export interface EthnicGroupTable {
  code: string;
  name_vi: string;
}

export interface HouseholdTable {
  id: Generated<number>;
  code: string;
  commune_id: number;
  address: string | null;
  created_at: Generated<Date>;
}

export interface PersonResidenceTable {
  id: Generated<number>;
  person_id: number;
  commune_id: number;
  valid_from: string;
  valid_to: string | null;
}

export interface PersonStatusKindTable {
  code: string;
  label_vi: string;
  label_en: string;
  legal_ref: string | null;
}

export interface PersonStatusTable {
  id: Generated<number>;
  person_id: number;
  status: string;
  source: string;
  valid_from: string;
  valid_to: string | null;
}

export interface EmployerTable {
  id: Generated<number>;
  tax_code: string;
  name: string;
  search_key: string;
  business_reg_no: string | null;
  sector: string;
  commune_id: number;
  reported_employees: Generated<number>;
  status: Generated<'active' | 'suspended' | 'dissolved'>;
  created_at: Generated<Date>;
}

export interface EmploymentTable {
  id: Generated<number>;
  person_id: number;
  employer_id: number;
  monthly_salary: number;
  valid_from: string;
  valid_to: string | null;
}

export type FacilityTier = 'central' | 'provincial' | 'district' | 'commune';

export interface FacilityTable {
  code: string;
  name: string;
  tier: FacilityTier;
  province_id: number;
  commune_id: number | null;
  primary_care: Generated<boolean>;
  status: Generated<'active' | 'closed'>;
}

export interface CollectionAgentTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: 'post_office' | 'commune' | 'other';
  commune_id: number;
  status: Generated<'active' | 'stopped'>;
}

export interface CollectionAgentAreaTable {
  agent_id: number;
  commune_id: number;
}

export interface RegistryTables {
  person: PersonTable;
  ethnic_group: EthnicGroupTable;
  household: HouseholdTable;
  person_residence: PersonResidenceTable;
  person_status_kind: PersonStatusKindTable;
  person_status: PersonStatusTable;
  employer: EmployerTable;
  employment: EmploymentTable;
  facility: FacilityTable;
  collection_agent: CollectionAgentTable;
  collection_agent_area: CollectionAgentAreaTable;
}
