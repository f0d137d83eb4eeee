// Shapes of the employers API: employers in the user's area, and one employer with its
// employees at a date compared with what it declared for compulsory social insurance.

export type EmployerStatus = 'active' | 'suspended' | 'dissolved';

export interface Employer {
  id: number;
  taxCode: string;
  name: string;
  businessRegNo?: string | null;
  /** VSIC section letter, A–U */
  sector: string;
  commune: { code: string; name: string };
  reportedEmployees: number;
  status: EmployerStatus;
}

export interface Employee {
  personId: number;
  fullName: string;
  monthlySalary: number | null;
  validFrom: string;
  validTo: string | null;
  /** covered by a compulsory SI period of this employer at the date */
  declared: boolean;
  contributionSalary: number | null;
}

export interface EmployerDetail extends Employer {
  /** the date the employees and declarations are read at */
  at: string;
  employees: Employee[];
}
