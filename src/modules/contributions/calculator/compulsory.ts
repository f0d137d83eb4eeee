// Compulsory SI, HI and UI of one employee for one month (Law 41/2024 Art 31–34; Employment Law).
// Rows in force on the first day of the month apply. Caps: SI and HI salary ≤ 20 × base salary;
// UI salary ≤ 20 × the regional minimum wage of the workplace when the employer sets the wage,
// and ≤ 20 × base salary only on the state pay scale (the common bug is the latter for everyone).
import { calculatorErrors } from './calculator.errors.js';
import { firstDayOf, validAt } from './dates.js';
import { checkChoice, checkCount, checkVnd } from './input.js';
import { baseSalary, parameter, regionalMinimum } from './lookup.js';
import { groupDigits } from './format.js';
import { fromMicro, MICRO, percentOf, timesMultiple, toMicro } from './money.js';
import { chooseVariant } from './variants.js';
import { Trace } from './trace.js';
import type { BreakdownLine, Calculation, Fund, Region, RuleSet } from '../rules.types.js';

export interface CompulsoryInput {
  month: string;
  salary: number;
  region: Region;
  payRegime?: 'employer_set' | 'state_scale';
  unpaidDays?: number;
  oaOdVariant?: 'standard' | 'high_risk';
  /** default: true for employer-set wages, false on the state pay scale (see variants.ts) */
  covidRelief?: boolean;
}

const FUND_ORDER: Fund[] = ['retirement_survivor', 'sickness_maternity', 'oa_od', 'hi', 'ui'];

export function compulsoryMonth(rules: RuleSet, input: CompulsoryInput): Calculation {
  const date = firstDayOf(input.month);
  const salary = checkVnd('salary', input.salary);
  const region = checkChoice('region', input.region, [1, 2, 3, 4] as const);
  const regime = checkChoice('payRegime', input.payRegime ?? 'employer_set', REGIMES);
  const unpaidDays = checkCount('unpaidDays', input.unpaidDays ?? 0, 31);
  const variant = checkChoice('oaOdVariant', input.oaOdVariant ?? 'standard', VARIANTS);
  const trace = new Trace();

  // Art 33(5), 34(3): a month with at least this many unpaid working days owes nothing.
  const threshold = parameter(rules, 'unpaid_days_threshold', date, trace);
  if (BigInt(unpaidDays) * MICRO >= threshold) {
    trace.note(
      `${unpaidDays} unpaid working days: no contribution is due for ${input.month}.`,
      `${unpaidDays} ngày không hưởng lương: không phải đóng cho tháng ${input.month}.`,
    );
    return trace.finish([]);
  }

  const { siCap, uiCap } = capsAt(rules, date, region, regime, trace);
  const siBase = Math.min(salary, siCap);
  const uiBase = Math.min(salary, uiCap);
  noteCaps(trace, salary, siCap, uiCap, regime);

  const covidRelief = input.covidRelief ?? regime === 'employer_set';
  const standard = rules.rates.filter((r) => r.variant === 'standard' && validAt(r, date));
  if (standard.length === 0) throw calculatorErrors.noRule('contribution_rate', 'standard', date);
  standard.sort(
    (a, b) =>
      FUND_ORDER.indexOf(a.fund) - FUND_ORDER.indexOf(b.fund) || a.party.localeCompare(b.party),
  );

  const lines: BreakdownLine[] = standard.map((row) => {
    const chosen = chooseVariant(rules, row, date, { covidRelief, oaOdVariant: variant }, trace);
    const lineBase = row.fund === 'ui' ? uiBase : siBase;
    const rate = toMicro(chosen.ratePercent, 'contribution_rate');
    return {
      item: row.fund,
      payer: row.party,
      month: input.month,
      base: lineBase,
      percent: fromMicro(rate),
      amount: percentOf(lineBase, rate),
    };
  });
  return trace.finish(lines);
}

const REGIMES = ['employer_set', 'state_scale'] as const;
type Regime = (typeof REGIMES)[number];

/** SI/HI cap: 20 × base salary; UI cap by pay regime (see the header). */
function capsAt(rules: RuleSet, date: string, region: Region, regime: Regime, trace: Trace) {
  const base = baseSalary(rules, date, trace);
  const siCap = timesMultiple(base, parameter(rules, 'si_hi_cap_base_multiple', date, trace));
  if (regime === 'state_scale') {
    const multiple = parameter(rules, 'ui_cap_state_scale_base_multiple', date, trace);
    return { siCap, uiCap: timesMultiple(base, multiple) };
  }
  const minimum = regionalMinimum(rules, region, date, trace);
  const multiple = parameter(rules, 'ui_cap_regional_min_multiple', date, trace);
  return { siCap, uiCap: timesMultiple(minimum, multiple) };
}
const VARIANTS = ['standard', 'high_risk'] as const;

function noteCaps(trace: Trace, salary: number, siCap: number, uiCap: number, regime: Regime) {
  if (salary > siCap) {
    trace.note(
      `SI and HI are paid on ${groupDigits(siCap, ',')} (20 × base salary), not on the full salary.`,
      `BHXH, BHYT đóng trên mức trần ${groupDigits(siCap, '.')} (20 lần lương cơ sở), không trên toàn bộ tiền lương.`,
    );
  }
  if (salary > uiCap) {
    const basis = regime === 'employer_set' ? 'regional minimum wage' : 'base salary';
    const basisVi = regime === 'employer_set' ? 'lương tối thiểu vùng' : 'lương cơ sở';
    trace.note(
      `UI is paid on ${groupDigits(uiCap, ',')} (20 × ${basis}), not on the full salary.`,
      `BHTN đóng trên mức trần ${groupDigits(uiCap, '.')} (20 lần ${basisVi}), không trên toàn bộ tiền lương.`,
    );
  }
}
