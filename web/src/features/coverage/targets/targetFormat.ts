// A target's value the Vietnamese way whatever the UI language (the house format): a rate as
// "95,15%" (decimal comma, up to the 4 decimals a target keeps), a count as "1.234.567".
import { formatNumber } from '../../../app/format';
import type { Target } from './targets.types';

const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });

/** 95.15 → "95,15%" */
export function formatRate(value: number): string {
  return `${percent.format(value)}%`;
}

/** The value as shown in the list: "95,15%" or "1.234.567" (the caller adds "persons"). */
export function formatTargetValue(target: Pick<Target, 'measure' | 'value'>): string {
  return target.measure === 'coverage_rate' ? formatRate(target.value) : formatNumber(target.value);
}

/** 'YYYY-MM-DD' of a plan's month → 'MM/YYYY' */
export function formatPlanMonth(periodStart: string): string {
  const [year, month] = periodStart.split('-');
  return `${month}/${year}`;
}
