// Health-insurance premiums of a household's members over a period (default 12 months).
// The premium is hi_rate_percent (4.5%) of the base salary of each month (a period crossing a
// base salary change uses each month's base salary; months run from the start day). Who pays
// what: see hi-member.ts; local top-ups: one policy per member (resolveTopUps), stacked on the
// national share and capped at 100% of the member's premium.
import { calculatorErrors } from './calculator.errors.js';
import { addMonths, checkDate, monthOf } from './dates.js';
import { checkCount } from './input.js';
import { baseSalary, householdShare, parameter } from './lookup.js';
import { fromMicro, percentOf, shareOf } from './money.js';
import { resolveTopUps, splitSupport, citePolicy } from './top-ups.js';
import { classify, type MemberFacts, type MemberKind } from './hi-member.js';
import { Trace } from './trace.js';
import type { BreakdownLine, Calculation, LocalTopUp, Payer, RuleSet } from '../rules.types.js';

export interface HouseholdMember extends MemberFacts {
  birthDate?: string;
  topUps?: LocalTopUp[];
}

export interface HouseholdHiInput {
  start: string;
  months?: number;
  members: HouseholdMember[];
}

export function householdHi(rules: RuleSet, input: HouseholdHiInput): Calculation {
  const start = checkDate(input.start, 'start');
  const months = checkCount('months', input.months ?? 12, 12, 1);
  if (input.members.length === 0 || input.members.length > 50) throw calculatorErrors.noMembers();
  const trace = new Trace();
  input.members.forEach((m, i) => checkMember(m, i, start, trace));

  const lines: BreakdownLine[] = [];
  for (let i = 0; i < months; i += 1) {
    lines.push(...monthLines(rules, input.members, addMonths(start, i), trace));
  }
  return trace.finish(lines);
}

/** Every member's lines for the month starting on `date`. */
function monthLines(
  rules: RuleSet,
  members: HouseholdMember[],
  date: string,
  trace: Trace,
): BreakdownLine[] {
  const full = percentOf(
    baseSalary(rules, date, trace),
    parameter(rules, 'hi_rate_percent', date, trace),
  );
  let order = 0; // household order: only members joining by household count
  return members.flatMap((member, index) => {
    const kind = classify(rules, member, date);
    if (kind.kind === 'household') order += 1;
    const { due, national } = dueAndShare(rules, kind, full, order, date, trace);
    const topUps = (member.topUps ?? []).filter((t) => t.scheme === 'hi');
    const choice = resolveTopUps(national, topUps, due);
    if (choice.policy) trace.use('support_policy', citePolicy(choice.policy));
    const split = splitSupport(due, choice);
    const parts: [Payer, number][] = [
      ['state_budget', split.national],
      ['local_budget', split.local],
      ['household', split.own],
    ];
    // base: the member's full premium; percent: the part each payer bears of it
    return parts
      .filter(([payer, amount]) => amount > 0 || payer === 'household')
      .map(([payer, amount]) => ({
        item: kind.kind === 'household' ? 'hi_household' : 'hi',
        payer,
        month: monthOf(date),
        member: index + 1,
        base: full,
        percent: fromMicro(shareOf(amount, full)),
        amount,
      }));
  });
}

/** The member's premium before support, and the national share of it. */
function dueAndShare(
  rules: RuleSet,
  kind: MemberKind,
  full: number,
  order: number,
  date: string,
  trace: Trace,
): { due: number; national: string } {
  switch (kind.kind) {
    case 'household':
      return { due: percentOf(full, householdShare(rules, order, date, trace)), national: '0' };
    case 'supported':
      noteLimit(trace, kind.row.maxMonths, kind.row.target);
      return { due: full, national: trace.use('state_support_share', kind.row).sharePercent };
    case 'state_budget':
      return { due: full, national: '100' };
  }
}

function checkMember(member: HouseholdMember, index: number, start: string, trace: Trace): void {
  if (!member.birthDate) return;
  const birth = checkDate(member.birthDate, `members[${index}].birthDate`);
  if (birth > start)
    throw calculatorErrors.badDate(`members[${index}].birthDate`, birth, 'YYYY-MM-DD');
  const code = member.groupCode ?? 'GD';
  if (code === 'GD' && addMonths(birth, 72) > start) {
    trace.note(
      `Member ${index + 1} is under 6: children under 6 are covered by the state budget (group TE).`,
      `Thành viên ${index + 1} dưới 6 tuổi: trẻ em dưới 6 tuổi do ngân sách nhà nước đóng (mã TE).`,
    );
  }
}

function noteLimit(trace: Trace, maxMonths: number | null, target: string): void {
  if (maxMonths === null) return;
  trace.note(
    `Support for ${target} lasts at most ${maxMonths} months from the start of eligibility.`,
    `Hỗ trợ cho đối tượng ${target} tối đa ${maxMonths} tháng kể từ khi đủ điều kiện.`,
  );
}
