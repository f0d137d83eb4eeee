// The calculator's use cases: load the rule rows of the period (and, for a province, the local
// support policies that apply to the person), then call the pure calculator. No personal data:
// the caller describes a situation, nothing is read from the registry or written.
import type { Db } from '../../db-schema.js';
import { resolveUnit, unitAncestry } from '../geo/index.js';
import { compulsoryMonth, householdHi, voluntarySi } from './calculator/index.js';
import { contributionsErrors } from './contributions.errors.js';
import { topUpsFor } from './policies.lookup.js';
import { loadRuleSet } from './rules.repo.js';
import type { Calculation, PersonFacts, Region } from './rules.types.js';
import { wageRegionAt, type WageRegionAt } from './wage-region.repo.js';

/** The same day n months later, clamped to the month's end; for the period's end only. */
function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(Math.floor(index / 12), index % 12, Math.min(d, last)));
  return end.toISOString().slice(0, 10);
}

export interface CompulsoryRequest {
  month: string;
  salary: number;
  region?: number;
  communeCode?: string;
  payRegime?: 'employer_set' | 'state_scale';
  unpaidDays?: number;
  oaOdVariant?: 'standard' | 'high_risk';
  covidRelief?: boolean;
}

/** The result, citing the wage_region row the workplace's region came from. */
function withWageRegion(calc: Calculation, found: WageRegionAt, communeCode: string): Calculation {
  const { en, vi } = {
    en: `Region ${found.region}: the minimum-wage region of ${communeCode} on record for ${found.unit.name}.`,
    vi: `Vùng ${found.region}: vùng lương tối thiểu của ${communeCode} theo ${found.unit.name}.`,
  };
  const unconfirmed = found.confirmed
    ? []
    : [
        {
          en: `The wage region of ${found.unit.name} is a default not yet confirmed; an authorised user may correct it.`,
          vi: `Vùng lương của ${found.unit.name} là giá trị mặc định chưa được xác nhận; người có thẩm quyền có thể sửa.`,
        },
      ];
  return {
    ...calc,
    rulesUsed: [
      { table: 'wage_region', id: found.id, legalRef: found.legalRef, confirmed: found.confirmed },
      ...calc.rulesUsed,
    ],
    notes: [{ en, vi }, ...unconfirmed, ...calc.notes],
  };
}

export async function calculateCompulsory(db: Db, req: CompulsoryRequest): Promise<Calculation> {
  const from = `${req.month}-01`;
  let found: WageRegionAt | null = null;
  if (req.region === undefined) {
    if (!req.communeCode) throw contributionsErrors.regionRequired();
    found = await wageRegionAt(db, req.communeCode, from);
  }
  const rules = await loadRuleSet(db, from, addMonths(from, 1));
  const calc = compulsoryMonth(rules, {
    ...req,
    region: (req.region ?? found?.region) as Region,
  });
  return found && req.communeCode ? withWageRegion(calc, found, req.communeCode) : calc;
}

/** The province a commune belongs to at a date (through the geo module). */
async function provinceOf(db: Db, communeCode: string, at: string): Promise<string | undefined> {
  const chain = await unitAncestry(db, await resolveUnit(db, communeCode, at));
  return chain.find((u) => u.level === 'province')?.code;
}

export interface VoluntaryRequest {
  start: string;
  income: number;
  months: number;
  supportGroup: 'poor' | 'near_poor' | 'ethnic_minority' | 'island' | 'other';
  supportedMonthsBefore?: number;
  provinceCode?: string;
  person?: PersonFacts;
}

export async function calculateVoluntary(db: Db, req: VoluntaryRequest): Promise<Calculation> {
  const from = `${req.start}-01`;
  const rules = await loadRuleSet(db, from, addMonths(from, Math.max(req.months, 1)));
  // without stated facts, the support group is the one status a local policy can match
  const person = req.person ?? { statuses: req.supportGroup === 'other' ? [] : [req.supportGroup] };
  const provinceCode =
    req.provinceCode ??
    (person.communeCode ? await provinceOf(db, person.communeCode, from) : undefined);
  const topUps = provinceCode
    ? await topUpsFor(db, { provinceCode, scheme: 'vsi', at: from, person })
    : [];
  const { provinceCode: _province, person: _person, ...input } = req;
  return voluntarySi(rules, { ...input, topUps });
}

export interface HouseholdRequest {
  start: string;
  months?: number;
  members: { groupCode?: string; birthDate?: string; statuses?: string[] }[];
  provinceCode?: string;
  communeCode?: string;
}

export async function calculateHousehold(db: Db, req: HouseholdRequest): Promise<Calculation> {
  const months = req.months ?? 12;
  const rules = await loadRuleSet(db, req.start, addMonths(req.start, Math.max(months, 1)));
  const provinceCode =
    req.provinceCode ??
    (req.communeCode ? await provinceOf(db, req.communeCode, req.start) : undefined);
  const members = await Promise.all(
    req.members.map(async (m) => {
      const person: PersonFacts = {
        statuses: m.statuses ?? [],
        ...(m.groupCode ? { groupCode: m.groupCode } : {}),
        ...(m.birthDate ? { birthDate: m.birthDate } : {}),
        ...(req.communeCode ? { communeCode: req.communeCode } : {}),
      };
      const topUps = provinceCode
        ? await topUpsFor(db, { provinceCode, scheme: 'hi', at: req.start, person })
        : [];
      return { ...m, topUps };
    }),
  );
  return householdHi(rules, { start: req.start, months, members });
}
