// Local support policies (top-ups a province pays on top of the national support) and the
// what-if simulation of one over a province's registry.

export type PolicyScheme = 'hi' | 'vsi';
export type PolicyStatus = 'draft' | 'active' | 'withdrawn';
export type Stacking = 'add' | 'top_up_to';

export interface PolicyCondition {
  groups?: string[];
  statuses?: string[];
  ageFrom?: number;
  ageTo?: number;
  communeCodes?: string[];
  withoutValidCard?: boolean;
  occupations?: string[];
}

export interface Policy {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  /** only a draft may leave it unset */
  issuerProvinceCode: string | null;
  issuerProvinceName: string | null;
  scheme: PolicyScheme;
  condition: PolicyCondition;
  sharePercent: string | null;
  amount: number | null;
  stacking: Stacking;
  validFrom: string;
  validTo: string | null;
  legalRef: string;
  budgetLine: string | null;
  status: PolicyStatus;
  confirmed: boolean;
  note: string | null;
}

/** What the editor sends: a policy without what the server decides. */
export type PolicyDraft = Omit<Policy, 'id' | 'issuerProvinceName' | 'status' | 'confirmed'>;

export interface PolicyFilters {
  province: string;
  scheme: PolicyScheme | '';
  status: PolicyStatus | '';
  at: string;
}

export interface CommuneResult {
  communeCode: string;
  communeName: string;
  eligible: number;
  eligibleUncovered: number;
  expectedJoiners: number;
  localCostPerYear: number;
  stateCostPerYear: number;
}

export interface GroupResult {
  group: string;
  eligible: number;
  eligibleUncovered: number;
  expectedJoiners: number;
  localCostPerYear: number;
  stateCostPerYear: number;
}

export interface Simulation {
  provinceCode: string;
  at: string;
  takeUp: number;
  population: number;
  covered: number;
  eligible: number;
  eligibleCovered: number;
  eligibleUncovered: number;
  expectedJoiners: number;
  coverageRateBefore: number;
  coverageRateAfter: number;
  localCostPerYear: number;
  stateCostPerYear: number;
  premiumPerYear: number;
  byCommune: CommuneResult[];
  byGroup: GroupResult[];
  assumptions: string[];
}

/** A stored policy (by id) or a draft sent whole. */
export type PolicyRef = { policyId: number } | { policy: PolicyDraft };

export interface SimulationRequest {
  provinceCode: string;
  at: string;
  takeUp: number;
}

export interface Comparison {
  a: Simulation;
  b: Simulation;
  difference: Partial<Simulation>;
}
