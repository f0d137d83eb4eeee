// The rule row in force on a date, recorded in the trace; a missing row is a 422 naming the
// table, what was looked for and the date (this is also how a date before any rule is refused).
import { calculatorErrors } from './calculator.errors.js';
import { validAt } from './dates.js';
import { toMicro } from './money.js';
import type { Trace } from './trace.js';
import type {
  DatedRow,
  Fund,
  GroupRow,
  ParameterKey,
  Party,
  RateVariant,
  Region,
  RuleSet,
  RuleTable,
} from '../rules.types.js';

function find<T extends DatedRow>(rows: T[], date: string, match: (row: T) => boolean): T | null {
  return rows.find((row) => match(row) && validAt(row, date)) ?? null;
}

function must<T extends DatedRow>(row: T | null, table: RuleTable, what: string, date: string): T {
  if (!row) throw calculatorErrors.noRule(table, what, date);
  return row;
}

export function baseSalary(rules: RuleSet, date: string, trace: Trace): number {
  const row = must(
    find(rules.baseSalaries, date, () => true),
    'base_salary',
    'amount',
    date,
  );
  return trace.use('base_salary', row).amount;
}

export function regionalMinimum(
  rules: RuleSet,
  region: Region,
  date: string,
  trace: Trace,
): number {
  const row = find(rules.regionalMinimumWages, date, (r) => r.region === region);
  return trace.use(
    'regional_minimum_wage',
    must(row, 'regional_minimum_wage', `region ${region}`, date),
  ).amount;
}

export function ruralPovertyLine(rules: RuleSet, date: string, trace: Trace): number {
  const row = find(rules.povertyLines, date, (r) => r.area === 'rural');
  return trace.use('poverty_line', must(row, 'poverty_line', 'rural', date)).amount;
}

/** A parameter as micro units ('20' → 20_000_000n). */
export function parameter(rules: RuleSet, key: ParameterKey, date: string, trace: Trace): bigint {
  const row = must(
    find(rules.parameters, date, (r) => r.key === key),
    'contribution_parameter',
    key,
    date,
  );
  return toMicro(trace.use('contribution_parameter', row).value, key);
}

/** The rate row of a fund and party, or null when that variant has no row on the date. */
export function rateRow(
  rules: RuleSet,
  fund: Fund,
  party: Party,
  variant: RateVariant,
  date: string,
) {
  return find(
    rules.rates,
    date,
    (r) => r.fund === fund && r.party === party && r.variant === variant,
  );
}

export function householdShare(rules: RuleSet, order: number, date: string, trace: Trace): bigint {
  const key = Math.min(order, 5);
  const row = find(rules.householdShares, date, (r) => r.memberOrder === key);
  const used = trace.use(
    'household_hi_share',
    must(row, 'household_hi_share', `member ${key}`, date),
  );
  return toMicro(used.sharePercent, 'household_hi_share');
}

/** A national support row (not recorded: the caller records only the one it applies). */
export function supportRow(rules: RuleSet, scheme: 'hi' | 'vsi', target: string, date: string) {
  return find(rules.stateSupport, date, (r) => r.scheme === scheme && r.target === target);
}

export function group(rules: RuleSet, code: string, date: string): GroupRow | null {
  return find(rules.groups, date, (r) => r.code === code);
}
