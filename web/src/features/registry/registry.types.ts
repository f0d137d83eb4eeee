// Shapes of the registry API: persons, with the national ID and phone masked unless the user
// holds registry.read_full, and a person's profile (household, statuses, residences, jobs).

export type Sex = 'male' | 'female';

export interface Person {
  id: number;
  nationalId: string;
  fullName: string;
  birthDate: string;
  sex: Sex;
  phone: string | null;
  /** validTo is set for a commune that ended (records filed before the 2025 merger) */
  commune: { code: string; name: string; provinceName: string; validTo: string | null };
  masked: boolean;
  /** social-insurance number (mã số BHXH, 10 digits), masked like the national ID */
  siNumber?: string | null;
  /** ethnic group code (01–54) */
  ethnicity?: string | null;
}

export interface PersonFilters {
  q: string;
  unitCode: string;
}

export interface HouseholdMember {
  id: number;
  fullName: string;
  birthDate: string;
  sex: Sex;
  relation: string | null;
}

export interface Household {
  id: number;
  code: string;
  address: string | null;
  /** the person's relation to the head of household */
  relation: string | null;
  members: HouseholdMember[];
}

export interface PersonStatus {
  status: string;
  labelVi: string;
  labelEn: string;
  source: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface Residence {
  commune: { code: string; name: string };
  validFrom: string;
  validTo: string | null;
}

export interface Employment {
  employer: { id: number; taxCode: string; name: string };
  monthlySalary: number | null;
  validFrom: string;
  validTo: string | null;
}

export interface PersonProfile {
  household: Household | null;
  statuses: PersonStatus[];
  residences: Residence[];
  employments: Employment[];
}
