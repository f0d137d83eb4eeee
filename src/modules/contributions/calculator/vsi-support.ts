// National and local support for one month of voluntary SI.
//
// National (Decree 134/2015 Art 14 to 2025-06-30; Decree 159/2025 from 2025-07-01): the group's
// share × vsi_rate_percent × the rural poverty line of that month. Everyone qualifies at least for
// 'other', so the share is the highest of the person's group row and the 'other' row (one level
// only: an island resident before 2025-07-01, when 'island' had no row, gets 'other'). No row
// before 2018-01-01: those months get nothing and do not count toward vsi_support_max_months.
// Local: one policy chosen by resolveTopUps on the same basis; support never exceeds the amount due.
import { parameter, ruralPovertyLine, supportRow } from './lookup.js';
import { fromMicro, MICRO, percentOf, shareOf, toMicro } from './money.js';
import { citePolicy, resolveTopUps, splitSupport } from './top-ups.js';
import type { Trace } from './trace.js';
import type { LocalTopUp, RuleSet, StateSupportRow } from '../rules.types.js';

export const SUPPORT_GROUPS = ['poor', 'near_poor', 'ethnic_minority', 'island', 'other'] as const;
export type SupportGroup = (typeof SUPPORT_GROUPS)[number];

export interface MonthFacts {
  date: string;
  group: SupportGroup;
  /** months of national support already used */
  supported: number;
  /** the month's contribution (22% × income) */
  due: number;
  topUps: LocalTopUp[];
}

export interface MonthSupport {
  /** 22% × rural poverty line: what the shares apply to */
  basis: number;
  national: number;
  local: number;
  nationalPercent: string;
  localPercent: string;
}

function nationalRow(rules: RuleSet, facts: MonthFacts): StateSupportRow | null {
  const rows = [facts.group, 'other']
    .map((target) => supportRow(rules, 'vsi', target, facts.date))
    .filter((row): row is StateSupportRow => row !== null);
  return rows.reduce<StateSupportRow | null>(
    (best, row) => (!best || toMicro(row.sharePercent) > toMicro(best.sharePercent) ? row : best),
    null,
  );
}

export function supportForMonth(rules: RuleSet, facts: MonthFacts, trace: Trace): MonthSupport {
  let row = nationalRow(rules, facts);
  if (row) {
    const limit = parameter(rules, 'vsi_support_max_months', facts.date, trace);
    if (BigInt(facts.supported) * MICRO >= limit) {
      trace.note(
        `National support ends after ${fromMicro(limit)} supported months.`,
        `Hỗ trợ của Nhà nước dừng sau ${fromMicro(limit)} tháng được hỗ trợ.`,
      );
      row = null;
    }
  }
  if (!row && facts.topUps.length === 0) {
    return { basis: 0, national: 0, local: 0, nationalPercent: '0', localPercent: '0' };
  }
  const rate = parameter(rules, 'vsi_rate_percent', facts.date, trace);
  const basis = percentOf(ruralPovertyLine(rules, facts.date, trace), rate);
  const choice = resolveTopUps(row?.sharePercent ?? '0', facts.topUps, basis);
  const split = splitSupport(basis, choice);
  // never more support than the month's contribution: trim the local part first
  const national = Math.min(split.national, facts.due);
  const local = Math.min(split.local, facts.due - national);
  if (row && national > 0) trace.use('state_support_share', row);
  if (choice.policy && local > 0) trace.use('support_policy', citePolicy(choice.policy));
  return {
    basis,
    national,
    local,
    nationalPercent: choice.nationalSharePercent,
    localPercent: fromMicro(shareOf(local, basis)),
  };
}

/** The participant's own share of the income, for the 'self' line. */
export const ownPercent = (own: number, income: number): string => fromMicro(shareOf(own, income));
