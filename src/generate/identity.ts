// Identifiers (pure): national ID, SI number, household code, tax code, phone. Serials come from
// counters per prefix that start past what the database already holds, so identifiers are
// unique and a run is deterministic for a given starting state.
import { centurySexDigit } from '../modules/registry/national-id.js';
import type { Sex } from './households.js';
import { MOBILE_PREFIXES } from './params.js';
import { intBetween, pick, type Rng } from './random.js';

/** the demo persons use national-ID serials 000000–000599: generated ones start far above */
export const FIRST_NATIONAL_ID_SERIAL = 100_000;

export class SerialCounter {
  private readonly next = new Map<string, number>();
  constructor(
    private readonly width: number,
    private readonly first: number,
    /** highest serial already used per prefix (from the database) */
    used: ReadonlyMap<string, number> = new Map(),
  ) {
    for (const [prefix, max] of used) this.next.set(prefix, Math.max(first, max + 1));
  }

  take(prefix: string): string {
    const serial = this.next.get(prefix) ?? this.first;
    if (serial >= 10 ** this.width)
      throw new Error(`generator: serials of prefix ${prefix} are exhausted`);
    this.next.set(prefix, serial + 1);
    return `${prefix}${String(serial).padStart(this.width, '0')}`;
  }
}

/** digits 1–6 of the national ID: birth province (3), century and sex (1), year of birth (2) */
export function nationalIdPrefix(birthCode3: string, birthYear: number, sex: Sex): string {
  return `${birthCode3}${centurySexDigit(birthYear, sex)}${String(birthYear % 100).padStart(2, '0')}`;
}

/** generated households carry codes G<province><9 digits>, which also marks them as generated */
export const householdCodePrefix = (provinceCode: string) => `G${provinceCode}`;

/** tax codes 0<province><7 digits>, from 1000000: far from hand-made codes such as 0200000001 */
export const taxCodePrefix = (provinceCode: string) => `0${provinceCode}`;
export const FIRST_TAX_SERIAL = 1_000_000;

export function phoneNumber(rng: Rng): string {
  return `0${pick(rng, MOBILE_PREFIXES)}${String(intBetween(rng, 0, 9_999_999)).padStart(7, '0')}`;
}
