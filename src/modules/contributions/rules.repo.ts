// Loads the RuleSet the pure calculator reads: every national rule row valid at some time in a
// period [from, to), so a row that starts before the period or ends after it is included.
// Participant groups come through the enrolment module's exported service.
import type { Selectable } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import { groupsOverlapping } from '../enrolment/index.js';
import type { ContributionsTables } from './contributions.tables.js';
import type { DatedRow, GroupRow, Region, RuleSet } from './rules.types.js';

type Handle = Db | Tx;
type NationalTable = Exclude<keyof ContributionsTables, 'wage_region'>;

/** Rows of one rule table overlapping [from, to), oldest first. */
function overlapping<T extends NationalTable>(db: Handle, table: T, from: string, to: string) {
  return db
    .selectFrom(table as 'base_salary')
    .selectAll()
    .where('valid_from', '<', to)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', from)]))
    .orderBy('valid_from')
    .orderBy('id')
    .execute() as unknown as Promise<Selectable<ContributionsTables[T]>[]>;
}

type Dated = Selectable<ContributionsTables['base_salary']>;

const dated = (r: Omit<Dated, 'amount'>): DatedRow => ({
  id: r.id,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  legalRef: r.legal_ref,
  confirmed: r.confirmed,
});

export async function loadRuleSet(db: Handle, from: string, to: string): Promise<RuleSet> {
  const [base, minimum, poverty, rates, parameters, household, support, groups] = await Promise.all(
    [
      overlapping(db, 'base_salary', from, to),
      overlapping(db, 'regional_minimum_wage', from, to),
      overlapping(db, 'poverty_line', from, to),
      overlapping(db, 'contribution_rate', from, to),
      overlapping(db, 'contribution_parameter', from, to),
      overlapping(db, 'household_hi_share', from, to),
      overlapping(db, 'state_support_share', from, to),
      groupsOverlapping(db, from, to),
    ],
  );
  return {
    baseSalaries: base.map((r) => ({ ...dated(r), amount: r.amount })),
    regionalMinimumWages: minimum.map((r) => ({
      ...dated(r),
      region: r.region as Region,
      amount: r.amount,
    })),
    povertyLines: poverty.map((r) => ({ ...dated(r), area: r.area, amount: r.amount })),
    rates: rates.map((r) => ({
      ...dated(r),
      fund: r.fund,
      party: r.party,
      variant: r.variant,
      ratePercent: r.rate_percent,
    })),
    parameters: parameters.map((r) => ({ ...dated(r), key: r.key, value: r.value })),
    householdShares: household.map((r) => ({
      ...dated(r),
      memberOrder: r.member_order as 1 | 2 | 3 | 4 | 5,
      sharePercent: r.share_percent,
    })),
    stateSupport: support.map((r) => ({
      ...dated(r),
      scheme: r.scheme,
      target: r.target,
      sharePercent: r.share_percent,
      maxMonths: r.max_months,
    })),
    groups: groups.map((g): GroupRow => ({
      // participant_group is keyed by (code, valid_from) and has no row id
      id: 0,
      validFrom: g.valid_from,
      validTo: g.valid_to,
      legalRef: g.legal_ref,
      confirmed: true,
      code: g.code,
      premiumPayer: g.premium_payer,
    })),
  };
}
