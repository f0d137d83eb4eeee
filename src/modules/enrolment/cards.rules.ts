// Pure rules for issuing cards: the number, default validity and the five-years date.

import { formatCardNumber } from './card-number.js';

/** Same day n months later (clamped to the month's end): cards usually run 12 months. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * The day the holder completes 5 consecutive years of cover (ngày đủ 5 năm liên tục, HI Law
 * Art 22(1)(đ)): kept from the previous card when cover continues without a gap of more than
 * 3 months (Decree 146/2018 Art 12(2)), otherwise 5 years after this card starts.
 */
export function fiveYearsFrom(
  validFrom: string,
  previous: { validTo: string; fiveYearsFrom: string | null } | undefined,
): string {
  const continuous = previous && addMonths(previous.validTo, 3) >= validFrom;
  return continuous && previous.fiveYearsFrom ? previous.fiveYearsFrom : addMonths(validFrom, 60);
}

export function cardNumberFor(group: string, level: number, province: string, si: string) {
  return formatCardNumber({
    groupCode: group,
    benefitLevel: level,
    provinceCode: province,
    siNumber: si,
  });
}

/** A card ends with its coverage period, or after 12 months when the period is open. */
export function defaultValidTo(validFrom: string, coverEnds: string | null): string {
  const year = addMonths(validFrom, 12);
  return coverEnds !== null && coverEnds < year ? coverEnds : year;
}
