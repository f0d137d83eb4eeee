// Shapes of the enrolment API: coverage periods per scheme, health-insurance cards, participant
// groups and the card check of facilities' reception desks.

export const SCHEMES = ['si_compulsory', 'si_voluntary', 'hi', 'ui', 'oa_od'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const PAYERS = [
  'employer',
  'state_budget',
  'local_budget',
  'household',
  'self',
  'si_fund',
] as const;
export type Payer = (typeof PAYERS)[number];

export interface CoveragePeriod {
  id: number;
  scheme: Scheme;
  groupCode: string;
  payer: Payer;
  employer: { taxCode: string; name: string } | null;
  contributionSalary: number | null;
  validFrom: string;
  /** first day no longer covered; null while the period is open */
  validTo: string | null;
}

export interface HiCard {
  id: number;
  cardNumber: string;
  groupCode: string;
  benefitLevel: number;
  provinceCode: string;
  siNumber: string;
  /** registered primary facility (nơi đăng ký KCB ban đầu) */
  facilityCode: string;
  facilityName: string;
  validFrom: string;
  /** first day no longer valid */
  validTo: string;
  /** last valid day, the date printed on the card */
  validThrough: string;
  /** "thời điểm đủ 5 năm liên tục" */
  fiveYearsFrom: string | null;
  issuedOn: string;
  status: 'active' | 'revoked';
}

export interface Timeline {
  periods: CoveragePeriod[];
  cards: HiCard[];
}

export interface ParticipantGroup {
  code: string;
  benefitLevel: number;
  premiumPayer: string;
  labelVi: string;
  labelEn: string;
}

export type CardCheckKey = 'cardNumber' | 'nationalId' | 'siNumber';

export interface CardCheckRequest {
  cardNumber?: string;
  nationalId?: string;
  siNumber?: string;
  fullName?: string;
  /** dd/mm/yyyy as the VSS lookup takes it, or the year alone */
  birthDate?: string;
}

export interface CardCheckAnswer {
  code: string;
  message: string;
  messageVi: string;
  at: string;
  holder: { fullName: string; birthDate: string; sex: 'male' | 'female' } | null;
  card: HiCard | null;
  newCard: HiCard | null;
}
