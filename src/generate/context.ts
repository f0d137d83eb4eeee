// What the generator knows about the province and the reference data, as plain values: built
// from the database by context.load.ts, or by hand in tests.
import { isoOf } from './days.js';

export interface CommuneInfo {
  id: number;
  code: string;
  name: string;
  /** first day of this commune (2025-07-01 for communes formed by the merger) */
  since: number;
  /** its predecessors before the merger (records may still be filed under them) */
  former: { id: number; name: string }[];
  /** province code of its predecessors before `since` (e.g. 30 for communes of former Hải Dương) */
  formerProvinceCode: string;
}

export interface GroupLevel {
  code: string;
  level: number;
  from: string;
  /** exclusive end, null = open */
  to: string | null;
}

export interface ProvinceContext {
  province: { id: number; code: string; name: string };
  /** reference date of the data (today unless given): ages, validity, lapses are relative to it */
  asOf: number;
  communes: CommuneInfo[];
  /** 2-digit province codes valid before the 2025 merger and after, for people born elsewhere */
  otherProvinceCodes: { before: string[]; after: string[]; mergerDay: number };
  groups: GroupLevel[];
}

/** The province code a commune's residents carried on a day (cards, SI numbers, birth IDs). */
export function provinceCodeAt(ctx: ProvinceContext, commune: CommuneInfo, day: number): string {
  return day >= commune.since ? ctx.province.code : commune.formerProvinceCode;
}

/** Benefit level of a participant group on a day, as the participant_group table dates it. */
export function levelFinder(groups: readonly GroupLevel[]) {
  const byCode = new Map<string, GroupLevel[]>();
  for (const g of groups) byCode.set(g.code, [...(byCode.get(g.code) ?? []), g]);
  return (code: string, day: number): number | undefined => {
    const iso = isoOf(day);
    return byCode.get(code)?.find((g) => g.from <= iso && (g.to === null || iso < g.to))?.level;
  };
}

/** "Xã An Quang" inside a sentence reads "xã An Quang" (UBND xã An Quang, Trạm Y tế xã …) */
export const inSentence = (unitName: string) =>
  unitName.replace(/^(Xã|Phường|Đặc khu|Thị trấn|Thành phố|Tỉnh)(?= )/u, (word) =>
    word.toLowerCase(),
  );
