// Shapes of the minimal registry API: persons, with the national ID and phone masked unless
// the user holds registry.read_full.

export interface Person {
  id: number;
  nationalId: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  phone: string | null;
  /** validTo is set for a commune that ended (records filed before the 2025 merger) */
  commune: { code: string; name: string; provinceName: string; validTo: string | null };
  masked: boolean;
}

export interface PersonFilters {
  q: string;
  unitCode: string;
}
