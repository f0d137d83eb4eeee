// Which rate row replaces the standard one for a fund and party.
//
// COVID relief (variant 'covid_relief'): Resolution 68/NQ-CP (Part II(1)) set employers' OA-OD
// contribution to 0% for 2021-07-01 → 2022-06-30, and Resolution 116/NQ-CP (Art 1(2)) set
// employers' UI contribution to 0% for 2021-10-01 → 2022-09-30 (employers in UI before
// 2021-10-01). Both excluded state agencies, political organisations, the armed forces and
// public units whose running costs the state budget covers [M]. Decision: when the caller does
// not say, relief applies to employer-set wages (the enterprises the resolutions were for) and
// not to the state pay scale; a caller who knows the employer passes `covidRelief` explicitly.
// A relief row wins over a high-risk one (it is the lower rate the employer actually paid).
//
// High risk (variant 'high_risk', Decree 58/2020 Art 5): OA-OD 0.3% for approved employers,
// only when asked for; asking before the variant existed is refused (no rule on that date).
import { calculatorErrors } from './calculator.errors.js';
import { rateRow } from './lookup.js';
import type { Trace } from './trace.js';
import type { RateRow, RuleSet } from '../rules.types.js';

export interface VariantChoice {
  covidRelief: boolean;
  oaOdVariant: 'standard' | 'high_risk';
}

export function chooseVariant(
  rules: RuleSet,
  standard: RateRow,
  date: string,
  choice: VariantChoice,
  trace: Trace,
): RateRow {
  const relief = choice.covidRelief
    ? rateRow(rules, standard.fund, standard.party, 'covid_relief', date)
    : null;
  if (relief) {
    trace.note(
      `COVID-19 relief rate ${relief.ratePercent}% applied to ${standard.party} ${standard.fund} (${relief.legalRef}).`,
      `Áp dụng mức đóng giảm do COVID-19 ${relief.ratePercent}% cho quỹ ${standard.fund} (${relief.legalRef}).`,
    );
    return trace.use('contribution_rate', relief);
  }
  if (standard.fund === 'oa_od' && choice.oaOdVariant === 'high_risk') {
    const high = rateRow(rules, 'oa_od', standard.party, 'high_risk', date);
    if (!high) throw calculatorErrors.noRule('contribution_rate', 'oa_od high_risk', date);
    return trace.use('contribution_rate', high);
  }
  return trace.use('contribution_rate', standard);
}
