// Unit names carry their type word ("Tỉnh", "Phường", …). These pure helpers split it off and
// map it to a stable unit type code.
import { searchKey } from '../../platform/text.js';
import type { Level } from './seed/types.js';

const PREFIXES: Record<Exclude<Level, 'country'>, [string, string][]> = {
  province: [
    ['tinh', 'tinh'],
    ['thanh pho', 'thanh_pho_tw'],
  ],
  district: [
    ['quan', 'quan'],
    ['huyen', 'huyen'],
    ['thi xa', 'thi_xa'],
    ['thanh pho', 'thanh_pho'],
  ],
  commune: [
    ['phuong', 'phuong'],
    ['xa', 'xa'],
    ['thi tran', 'thi_tran'],
    ['dac khu', 'dac_khu'],
  ],
};

export interface ParsedName {
  name: string;
  shortName: string;
  unitType: string;
}

/** Collapses runs of spaces and fixes the capital in "Thị Trấn" as the sources vary. */
export function cleanName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^Thị Trấn /, 'Thị trấn ');
}

export function parseUnitName(rawName: string, level: Level): ParsedName {
  const name = cleanName(rawName);
  if (level === 'country') return { name, shortName: name, unitType: 'quoc_gia' };
  const key = searchKey(name);
  for (const [prefix, unitType] of PREFIXES[level]) {
    if (key.startsWith(`${prefix} `)) {
      const words = prefix.split(' ').length;
      return { name, shortName: name.split(' ').slice(words).join(' '), unitType };
    }
  }
  // A bare name ("Hà Nội" in some lists): keep it, the type is unknown.
  return { name, shortName: name, unitType: 'khac' };
}

/** Search key of the name without its type word, for matching names across sources. */
export function shortKey(rawName: string, level: Level): string {
  // "Phường 05" and "Phường 5" are the same ward in different lists.
  return searchKey(parseUnitName(rawName, level).shortName).replace(/^0+(?=\d)/, '');
}
