// What is true of a person and a household (pure): statuses, work, pension. Coverage and
// cards follow from these facts (coverage.ts, cards.ts), as in the real registry.
import { addYears, toDay } from './days.js';
import type { EmployerPlan } from './employers.js';
import { declaredSalary, salaryOf } from './employers.js';
import type { MemberDraft } from './households.js';
import * as P from './params.js';
import * as W from './params.work.js';
import { chance, intBetween, type Rng } from './random.js';
import type { RunState } from './state.js';

export interface HouseholdFacts {
  poor: boolean;
  nearPoor: boolean;
  farm: boolean;
  ethnicity: string;
  minorityHardArea: boolean;
}

export interface Job {
  employer: EmployerPlan;
  salary: number;
  declared: number;
  hired: number;
}

export interface PersonFacts extends MemberDraft {
  birth: number;
  pupil: boolean;
  student: boolean;
  pensioner: boolean;
  socialPension: boolean;
  socialAssistance: boolean;
  veteran: boolean;
  job: Job | null;
  /** first day of voluntary SI, if the person contributes */
  voluntarySi: number | null;
}

const minorityCodes = Object.keys(P.MINORITY_WEIGHTS);
const minorityWeights = Object.values(P.MINORITY_WEIGHTS);
const totalMinority = minorityWeights.reduce((a, b) => a + b, 0);

function minorityCode(rng: Rng): string {
  let u = rng.next() * totalMinority;
  for (let i = 0; i < minorityCodes.length; i++)
    if ((u -= minorityWeights[i]!) < 0) return minorityCodes[i]!;
  return minorityCodes[0]!;
}

export function householdFacts(rng: Rng): HouseholdFacts {
  const u = rng.next();
  const poor = u < P.POOR_HOUSEHOLD_SHARE;
  const nearPoor = !poor && u < P.POOR_HOUSEHOLD_SHARE + P.NEAR_POOR_HOUSEHOLD_SHARE;
  const farm = !poor && !nearPoor && chance(rng, P.FARM_HOUSEHOLD_SHARE);
  const minority = chance(rng, P.MINORITY_SHARE);
  return {
    poor,
    nearPoor,
    farm,
    ethnicity: minority ? minorityCode(rng) : '01',
    minorityHardArea: minority && chance(rng, P.MINORITY_HARD_AREA_SHARE),
  };
}

/** a birth date giving exactly `age` completed years on the reference date */
export function birthFor(rng: Rng, age: number, asOf: number): number {
  const latest = addYears(asOf, -age);
  const earliest = addYears(asOf, -age - 1) + 1;
  return earliest + intBetween(rng, 0, latest - earliest);
}

function employedShare(age: number): number {
  return W.EMPLOYED_SHARE_BY_AGE.find((b) => age >= b.from && age < b.to)?.share ?? 0;
}

function job(rng: Rng, st: RunState, birth: number): Job | null {
  const employer = st.pickEmployer(rng);
  if (!employer) return null;
  const salary = salaryOf(rng, st.minimumWage);
  // tenure: exponential with a mean of 5 years, never before the 18th birthday
  const tenureDays = Math.round(-Math.log(1 - rng.next()) * 5 * 365);
  const hired = Math.max(addYears(birth, 18), st.ctx.asOf - tenureDays);
  return {
    employer,
    salary,
    declared: declaredSalary(rng, employer, salary, st.minimumWage),
    hired,
  };
}

export function personFacts(rng: Rng, st: RunState, m: MemberDraft): PersonFacts {
  const asOf = st.ctx.asOf;
  const birth = birthFor(rng, m.age, asOf);
  const a = m.age;
  const pupil = a >= 6 && a <= 17 && chance(rng, P.PUPIL_SHARE);
  const student = a >= 18 && a <= 22 && chance(rng, P.STUDENT_SHARE);
  const pensioner = a >= P.RETIREMENT_AGE[m.sex] && chance(rng, P.PENSION_SHARE);
  const working = !pupil && !student && !pensioner && chance(rng, employedShare(a));
  const work = working ? job(rng, st, birth) : null;
  const voluntary =
    !work && !student && !pensioner && a >= 18 && a < 60 && chance(rng, W.VOLUNTARY_SI_SHARE);
  // fields spelt out: an object spread here cost more than the rest of the function
  return {
    relation: m.relation,
    sex: m.sex,
    age: m.age,
    birth,
    pupil,
    student,
    pensioner,
    socialPension: !pensioner && a >= P.SOCIAL_PENSION_AGE,
    socialAssistance: chance(rng, P.SOCIAL_ASSISTANCE_SHARE),
    veteran: m.sex === 'male' && a >= 60 && chance(rng, P.VETERAN_SHARE_MEN_60),
    job: work,
    voluntarySi: voluntary
      ? Math.max(addYears(birth, 18), asOf - intBetween(rng, 30, 8 * 365))
      : null,
  };
}

const SOCIAL_PENSION_DAY = toDay(P.SOCIAL_PENSION_FROM);
export const socialPensionFrom = (birth: number) =>
  Math.max(addYears(birth, P.SOCIAL_PENSION_AGE), SOCIAL_PENSION_DAY);
