// Row types of the tables the registry owns (migrations/0005_registry_person.sql).
import type { Generated } from 'kysely';

export interface PersonTable {
  id: Generated<number>;
  national_id: string;
  full_name: string;
  search_key: string;
  birth_date: string;
  sex: 'male' | 'female';
  phone: string | null;
  commune_id: number;
  created_at: Generated<Date>;
}

export interface RegistryTables {
  person: PersonTable;
}
