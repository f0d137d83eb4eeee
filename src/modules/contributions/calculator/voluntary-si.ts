// Voluntary SI for a chosen monthly income over a payment period (Law 41/2024 Art 31(2), 36).
//
// - The contribution is vsi_rate_percent (22%) of the income, every month.
// - The income must lie between the rural poverty line and vsi_income_cap_base_multiple × base
//   salary, judged on the first month: an amount paid in advance is fixed when it is paid.
// - Payment modes (Art 36(2)): monthly, every 3, 6 or 12 months, or once for several future
//   years (24 … 60 months; Decree 134/2015 Art 9 allowed at most 5 years at once).
// - Omission: a lump sum for future years is owed "at a lower amount than monthly" (Art 36(2)),
//   discounted at a rate the SI fund publishes each year. The domain doc gives no such rate,
//   so none is invented: the result is undiscounted and says so in a note.
// - National support per month: see vsi-support.ts. Local top-ups: see top-ups.ts.
import { checkChoice, checkCount, checkVnd } from './input.js';
import { calculatorErrors } from './calculator.errors.js';
import { addMonths, firstDayOf, monthOf } from './dates.js';
import { baseSalary, parameter, ruralPovertyLine } from './lookup.js';
import { percentOf, timesMultiple } from './money.js';
import { Trace } from './trace.js';
import { ownPercent, supportForMonth, type SupportGroup, SUPPORT_GROUPS } from './vsi-support.js';
import type { BreakdownLine, Calculation, LocalTopUp, RuleSet } from '../rules.types.js';

export interface VoluntarySiInput {
  start: string;
  income: number;
  months: number;
  supportGroup: SupportGroup;
  /** months of national support the person already had (toward the 120-month limit) */
  supportedMonthsBefore?: number;
  topUps?: LocalTopUp[];
}

export const VSI_MONTHS = [1, 3, 6, 12, 24, 36, 48, 60] as const;

export function voluntarySi(rules: RuleSet, input: VoluntarySiInput): Calculation {
  const first = firstDayOf(input.start, 'start');
  const income = checkVnd('income', input.income);
  checkChoice('months', input.months, VSI_MONTHS);
  checkChoice('supportGroup', input.supportGroup, SUPPORT_GROUPS);
  let supported = checkCount('supportedMonthsBefore', input.supportedMonthsBefore ?? 0, 1200);
  const topUps = (input.topUps ?? []).filter((t) => t.scheme === 'vsi');
  const trace = new Trace();
  checkIncome(rules, income, first, trace);
  if (input.months >= 24) {
    trace.note(
      'Paid for several years ahead: the discount of Law 41/2024 Art 36(2) is not applied (its rate is not in the rules); the amount shown is undiscounted.',
      'Đóng một lần cho nhiều năm về sau: chưa trừ phần giảm theo Điều 36(2) Luật 41/2024 (chưa có tỷ lệ chiết khấu trong quy định); số tiền là chưa chiết khấu.',
    );
  }

  const lines: BreakdownLine[] = [];
  for (let i = 0; i < input.months; i += 1) {
    const date = addMonths(first, i);
    const month = monthOf(date);
    const rate = parameter(rules, 'vsi_rate_percent', date, trace);
    const due = percentOf(income, rate);
    const support = supportForMonth(
      rules,
      { date, group: input.supportGroup, supported, due, topUps },
      trace,
    );
    if (support.national > 0) supported += 1;
    const own = due - support.national - support.local;
    const line = (payer: BreakdownLine['payer'], base: number, percent: string, amount: number) =>
      lines.push({ item: 'vsi', payer, month, base, percent, amount });
    if (support.national > 0)
      line('state_budget', support.basis, support.nationalPercent, support.national);
    if (support.local > 0) line('local_budget', support.basis, support.localPercent, support.local);
    line('self', income, ownPercent(own, income), own);
  }
  return trace.finish(lines);
}

function checkIncome(rules: RuleSet, income: number, date: string, trace: Trace): void {
  const floor = ruralPovertyLine(rules, date, trace);
  const base = baseSalary(rules, date, trace);
  const cap = timesMultiple(base, parameter(rules, 'vsi_income_cap_base_multiple', date, trace));
  if (income < floor || income > cap) {
    throw calculatorErrors.incomeOutOfRange(income, floor, cap, date);
  }
}
