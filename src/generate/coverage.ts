// Which scheme and participant group covers a person (pure), following the order of the HI
// Law (Law 25/2008/QH12 Art 12 as amended: the first group a person belongs to applies), and
// who pays. Take-up below 100% leaves some people uncovered, as in reality.
import type { Payer } from '../modules/enrolment/enrolment.tables.js';
import { declaresAnyone } from './employers.js';
import type { HouseholdFacts, PersonFacts } from './facts.js';
import { HI_TAKE_UP } from './params.work.js';
import { chance, type Rng } from './random.js';

/** who pays the premium (or the part the state does not) per group */
export const PAYER: Record<string, Payer> = {
  DN: 'employer',
  HC: 'employer',
  HX: 'employer',
  TK: 'employer',
  HT: 'si_fund',
  TE: 'state_budget',
  HN: 'state_budget',
  BT: 'state_budget',
  LH: 'state_budget',
  DT: 'state_budget',
  CB: 'state_budget',
  // near-poor: 70% state, the rest topped up by provinces such as Hải Phòng (+30%)
  CN: 'local_budget',
  HS: 'self',
  SV: 'self',
  GB: 'household',
  GD: 'household',
};

/** the group a person belongs to, whether or not they hold a card */
export function eligibleGroup(p: PersonFacts, h: HouseholdFacts): string {
  if (p.job && declaresAnyone(p.job.employer)) return p.job.employer.group;
  if (p.pensioner) return 'HT';
  if (p.age < 6) return 'TE';
  if (p.veteran) return 'CB';
  if (p.socialAssistance) return 'BT';
  if (p.socialPension) return 'LH';
  if (h.poor) return 'HN';
  if (h.minorityHardArea) return 'DT';
  if (h.nearPoor) return 'CN';
  if (p.pupil) return 'HS';
  if (p.student) return 'SV';
  if (h.farm) return 'GB';
  return 'GD';
}

export type HiState = 'covered' | 'lapsed' | 'never';

/** groups whose members pay part themselves let cover lapse now and then */
const CAN_LAPSE = new Set(['GD', 'GB', 'SV', 'CN']);

export function hiState(rng: Rng, group: string, lapseShare: number): HiState {
  if (PAYER[group] === 'employer') return 'covered';
  const takeUp = HI_TAKE_UP[group as keyof typeof HI_TAKE_UP] ?? 1;
  if (!chance(rng, takeUp)) return 'never';
  return CAN_LAPSE.has(group) && chance(rng, lapseShare) ? 'lapsed' : 'covered';
}
