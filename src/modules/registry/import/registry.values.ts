// Pure parsers of registry codes as officers write them: English codes or Vietnamese words,
// with or without diacritics ("Nữ", "nu", "female").
import { searchKey } from '../../../platform/text.js';
import { oneOf, text, type Problems } from '../../../platform/import/values.js';
import type { HouseholdRelation } from '../registry.tables.js';

export const SEX: Readonly<Record<string, 'male' | 'female'>> = {
  male: 'male',
  m: 'male',
  nam: 'male',
  female: 'female',
  f: 'female',
  nu: 'female',
};

const RELATION: Readonly<Record<string, HouseholdRelation>> = {
  head: 'head',
  'chu ho': 'head',
  spouse: 'spouse',
  vo: 'spouse',
  chong: 'spouse',
  'vo/chong': 'spouse',
  child: 'child',
  con: 'child',
  parent: 'parent',
  bo: 'parent',
  me: 'parent',
  cha: 'parent',
  grandchild: 'grandchild',
  chau: 'grandchild',
  other: 'other',
  khac: 'other',
};

export function householdCode(p: Problems, raw: string): string | null {
  const value = text(p, 'household_code', raw.toUpperCase(), { required: false });
  if (value === null || /^[0-9A-Z]{6,15}$/.test(value)) return value;
  return p.add(
    'household_code',
    'HOUSEHOLD_CODE_FORMAT',
    'a household code is 6–15 digits or capital letters',
    'mã hộ gồm 6–15 chữ số hoặc chữ in hoa',
  );
}

/** The relation to the household head: required with a household code, refused without. */
export function relationOf(p: Problems, raw: string, withHousehold: boolean) {
  if (!withHousehold) {
    if (raw.trim() === '') return null;
    return p.add(
      'household_relation',
      'RELATION_WITHOUT_HOUSEHOLD',
      'a relation needs a household code',
      'có quan hệ với chủ hộ thì phải có mã hộ',
    );
  }
  return oneOf(p, 'household_relation', raw, RELATION, (s) => searchKey(s).replace(/_/g, ' '));
}
