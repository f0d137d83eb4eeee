// Shapes of the minimal registry API: persons, with the national ID and phone masked unless
// the user holds registry.read_full.

export interface Person {
  id: number;
  nationalId: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  phone: string | null;
  /** the contract names the province; the first backend sends validTo instead: both optional */
  commune: { code: string; name: string; provinceName?: string; validTo?: string | null };
  masked: boolean;
}

export interface PersonFilters {
  q: string;
  unitCode: string;
}
