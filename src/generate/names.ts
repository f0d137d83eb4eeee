// Vietnamese names (pure): family name by its frequency, then a sex-specific middle and given
// name. Given names come from faker's Vietnamese data (two-part names such as "Bích Hằng");
// older generations more often carry the traditional middle names Văn (men) and Thị (women).
import { fakerVI } from '@faker-js/faker';
import { searchKey } from '../platform/text.js';
import type { Sex } from './households.js';
import { chance, pick, weighted, type Rng } from './random.js';

/**
 * Family names with their approximate share of the population in percent (commonly cited
 * estimates: Nguyễn ≈ 38%, Trần ≈ 11%, Lê ≈ 9.5% …); the rest shares what is left evenly.
 */
const FAMILY: [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 5.1],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đào', 0.6],
  ['Đoàn', 0.5],
  ['Đinh', 0.5],
  ['Trịnh', 0.5],
  ['Mai', 0.4],
  ['Trương', 0.4],
  ['Lương', 0.4],
  ['Phùng', 0.3],
  ['Tô', 0.3],
  ['Hà', 0.3],
  ['Lâm', 0.3],
  ['Vương', 0.2],
  ['Tăng', 0.1],
  ['Cao', 0.4],
  ['Quách', 0.1],
  ['Lưu', 0.3],
];
const drawFamily = weighted(FAMILY.map(([, w]) => w));

type Raw = Record<'female' | 'male', string[]>;
const raw = fakerVI.rawDefinitions.person?.first_name as unknown as Raw;
const twoPart = (list: string[]) => list.filter((n) => n.split(' ').length === 2);
const FULL = { male: twoPart(raw.male), female: twoPart(raw.female) };
const GIVEN = {
  male: [...new Set(FULL.male.map((n) => n.split(' ')[1]!))],
  female: [...new Set(FULL.female.map((n) => n.split(' ')[1]!))],
};
const TRADITIONAL = { male: 'Văn', female: 'Thị' } as const;

/** chance of the traditional middle name by year of birth (it has been falling for decades) */
function traditionalShare(sex: Sex, birthYear: number): number {
  const base = birthYear < 1970 ? 0.75 : birthYear < 1990 ? 0.55 : birthYear < 2005 ? 0.3 : 0.12;
  return sex === 'female' ? Math.min(0.85, base + 0.05) : base;
}

export const familyName = (rng: Rng): string => FAMILY[drawFamily(rng)]![0];

export function personalName(rng: Rng, sex: Sex, birthYear: number): string {
  if (chance(rng, traditionalShare(sex, birthYear)))
    return `${TRADITIONAL[sex]} ${pick(rng, GIVEN[sex])}`;
  return pick(rng, FULL[sex]);
}

/** search keys of name parts, cached: millions of persons share a few thousand parts */
const keys = new Map<string, string>();
export function nameSearchKey(family: string, personal: string): string {
  let a = keys.get(family);
  if (a === undefined) keys.set(family, (a = searchKey(family)));
  let b = keys.get(personal);
  if (b === undefined) keys.set(personal, (b = searchKey(personal)));
  return `${a} ${b}`;
}
