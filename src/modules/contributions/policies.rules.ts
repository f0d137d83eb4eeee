// Support-policy conditions and the checks on a policy, as pure functions on plain data.
// A condition is a conjunction: every field present must hold; within a list, any item will do.
// Occupations are free labels ('waste_collector'): the registry does not record occupations,
// so they are matched only against occupations a caller states in PersonFacts, never looked up.
import { Type, type Static } from 'typebox';
import type { Problem } from './contributions.errors.js';
import type { PersonFacts } from './rules.types.js';

const Codes = (pattern: string) => Type.Array(Type.String({ pattern }), { maxItems: 200 });

export const PolicyConditionSchema = Type.Object(
  {
    groups: Type.Optional(Codes('^[A-Z]{2}$')),
    statuses: Type.Optional(Codes('^[a-z_]{2,40}$')),
    ageFrom: Type.Optional(Type.Integer({ minimum: 0, maximum: 150 })),
    ageTo: Type.Optional(Type.Integer({ minimum: 1, maximum: 151 })),
    communeCodes: Type.Optional(Codes('^[0-9]{5}$')),
    withoutValidCard: Type.Optional(Type.Boolean()),
    occupations: Type.Optional(Codes('^[a-z0-9_]{2,60}$')),
  },
  { additionalProperties: false },
);

export type PolicyCondition = Static<typeof PolicyConditionSchema>;

/** What makes a policy coherent, whatever else it says. */
export interface PolicyTerms {
  condition: PolicyCondition;
  sharePercent: string | null;
  amount: number | null;
  stacking: 'add' | 'top_up_to';
  validFrom: string;
  validTo: string | null;
}

export interface KnownCodes {
  groups: ReadonlySet<string>;
  statuses: ReadonlySet<string>;
}

const SHARE = /^\d{1,3}(\.\d{1,4})?$/;

const listFields = ['groups', 'statuses', 'communeCodes', 'occupations'] as const;

function conditionProblems(c: PolicyCondition, known: KnownCodes): Problem[] {
  const out: Problem[] = [];
  for (const field of listFields) {
    const list = c[field];
    if (list && list.length === 0)
      out.push({
        field,
        en: 'an empty list matches no one: leave it out',
        vi: 'danh sách rỗng không khớp với ai: hãy bỏ trường này',
      });
  }
  if (c.ageFrom !== undefined && c.ageTo !== undefined && c.ageFrom >= c.ageTo)
    out.push({
      field: 'ageTo',
      en: 'the age band is empty: ageTo (exclusive) must be above ageFrom',
      vi: 'khoảng tuổi rỗng: ageTo (không bao gồm) phải lớn hơn ageFrom',
    });
  const unknownGroups = (c.groups ?? []).filter((g) => !known.groups.has(g));
  if (unknownGroups.length > 0)
    out.push({
      field: 'groups',
      en: `unknown participant group codes: ${unknownGroups.join(', ')}`,
      vi: `mã nhóm đối tượng không tồn tại: ${unknownGroups.join(', ')}`,
    });
  const unknownStatuses = (c.statuses ?? []).filter((s) => !known.statuses.has(s));
  if (unknownStatuses.length > 0)
    out.push({
      field: 'statuses',
      en: `unknown status codes: ${unknownStatuses.join(', ')}`,
      vi: `mã tình trạng không tồn tại: ${unknownStatuses.join(', ')}`,
    });
  return out;
}

function shareProblems(t: PolicyTerms): Problem[] {
  if ((t.sharePercent === null) === (t.amount === null))
    return [
      {
        field: 'sharePercent',
        en: 'give exactly one of sharePercent and amount',
        vi: 'cần đúng một trong hai: tỷ lệ hỗ trợ (sharePercent) hoặc số tiền (amount)',
      },
    ];
  if (t.sharePercent !== null) {
    const n = Number(t.sharePercent);
    if (!SHARE.test(t.sharePercent) || !(n > 0 && n <= 100))
      return [
        {
          field: 'sharePercent',
          en: 'the share must be above 0 and at most 100 (4 decimals)',
          vi: 'tỷ lệ hỗ trợ phải lớn hơn 0 và không quá 100 (tối đa 4 chữ số thập phân)',
        },
      ];
  } else if (t.stacking === 'top_up_to') {
    return [
      {
        field: 'stacking',
        en: "'top_up_to' raises the total share: it needs a share, not an amount",
        vi: "'top_up_to' nâng tổng tỷ lệ hỗ trợ: cần tỷ lệ, không dùng số tiền",
      },
    ];
  }
  return [];
}

/** Every contradiction in a policy's terms (empty when coherent). */
export function policyProblems(t: PolicyTerms, known: KnownCodes): Problem[] {
  const out = [...conditionProblems(t.condition, known), ...shareProblems(t)];
  if (t.validTo !== null && t.validTo <= t.validFrom)
    out.push({
      field: 'validTo',
      en: 'the period ends before it starts (validTo is exclusive)',
      vi: 'thời hạn kết thúc trước khi bắt đầu (validTo không bao gồm)',
    });
  return out;
}

/** Whole years of age on `at` (a birthday on 29 February comes on 1 March in other years). */
export function ageOn(birthDate: string, at: string): number {
  const years = Number(at.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return at.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

const anyOf = (wanted: string[] | undefined, have: readonly string[]) =>
  wanted === undefined || wanted.some((w) => have.includes(w));

/** Does a person meet a condition on `at`? An unknown fact never satisfies a test on it. */
export function matchesCondition(c: PolicyCondition, person: PersonFacts, at: string): boolean {
  if (c.groups && !(person.groupCode !== undefined && c.groups.includes(person.groupCode)))
    return false;
  if (!anyOf(c.statuses, person.statuses)) return false;
  if (c.ageFrom !== undefined || c.ageTo !== undefined) {
    if (person.birthDate === undefined) return false;
    const age = ageOn(person.birthDate, at);
    if (c.ageFrom !== undefined && age < c.ageFrom) return false;
    if (c.ageTo !== undefined && age >= c.ageTo) return false;
  }
  if (c.communeCodes && !(person.communeCode && c.communeCodes.includes(person.communeCode)))
    return false;
  if (c.withoutValidCard && person.hasValidCard !== false) return false;
  if (!anyOf(c.occupations, person.occupations ?? [])) return false;
  return true;
}
