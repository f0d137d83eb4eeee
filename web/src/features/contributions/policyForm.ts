// The policy editor's values and their checks, mirroring the server's: an age band whose start
// is below its end, a share in (0, 100], and either a share or a fixed amount, never both.
// Plain functions, so the simulation's inline draft uses the same conversion.
import dayjs, { type Dayjs } from 'dayjs';
import type {
  Policy,
  PolicyCondition,
  PolicyDraft,
  PolicyScheme,
  Stacking,
} from './policies.types';

export interface PolicyValues {
  code: string;
  nameVi: string;
  nameEn: string;
  issuerProvinceCode?: string | null;
  scheme: PolicyScheme;
  groups?: string[];
  statuses?: string[];
  ageFrom?: number | null;
  ageTo?: number | null;
  communeCodes?: string[];
  withoutValidCard?: boolean;
  occupations?: string[];
  supportKind: 'share' | 'amount';
  sharePercent?: string;
  amount?: number | null;
  stacking: Stacking;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  legalRef: string;
  budgetLine?: string;
  note?: string;
}

export const NEW_POLICY: Partial<PolicyValues> = {
  scheme: 'hi',
  supportKind: 'share',
  stacking: 'add',
  withoutValidCard: false,
};

const SHARE = /^\d{1,3}(\.\d{1,4})?$/;
/** as the server: capitals, digits and dashes ('HD-2021-CN') */
export const POLICY_CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
/** occupation labels are codes ('waste_collector') */
export const OCCUPATION = /^[a-z0-9_]{2,60}$/;

/** null when the share is acceptable, else the reason's key. */
export function shareProblem(text: string | undefined): 'shareFormat' | 'shareRange' | null {
  const share = (text ?? '').trim().replace(',', '.');
  if (!SHARE.test(share)) return 'shareFormat';
  const value = Number(share);
  return value > 0 && value <= 100 ? null : 'shareRange';
}

export function ageBandProblem(from?: number | null, to?: number | null): 'ageOrder' | null {
  return from !== null && from !== undefined && to !== null && to !== undefined && from >= to
    ? 'ageOrder'
    : null;
}

function listOrNothing<K extends keyof PolicyCondition>(key: K, list: string[] | undefined) {
  const cleaned = (list ?? []).map((x) => x.trim()).filter(Boolean);
  return cleaned.length > 0 ? { [key]: cleaned } : {};
}

export function toPolicyDraft(v: PolicyValues): PolicyDraft {
  const condition: PolicyCondition = {
    ...listOrNothing('groups', v.groups),
    ...listOrNothing('statuses', v.statuses),
    ...listOrNothing('communeCodes', v.communeCodes),
    ...listOrNothing('occupations', v.occupations),
    ...(v.ageFrom !== null && v.ageFrom !== undefined ? { ageFrom: v.ageFrom } : {}),
    ...(v.ageTo !== null && v.ageTo !== undefined ? { ageTo: v.ageTo } : {}),
    ...(v.withoutValidCard ? { withoutValidCard: true } : {}),
  };
  const share = v.supportKind === 'share';
  return {
    code: v.code.trim().toUpperCase(),
    nameVi: v.nameVi.trim(),
    nameEn: v.nameEn.trim(),
    issuerProvinceCode: v.issuerProvinceCode || null,
    scheme: v.scheme,
    condition,
    sharePercent: share ? (v.sharePercent ?? '').trim().replace(',', '.') : null,
    amount: share ? null : (v.amount ?? null),
    stacking: v.stacking,
    validFrom: v.validFrom.format('YYYY-MM-DD'),
    validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
    legalRef: v.legalRef.trim(),
    budgetLine: v.budgetLine?.trim() || null,
    note: v.note?.trim() || null,
  };
}

export function fromPolicy(p: Policy): PolicyValues {
  const c = p.condition;
  return {
    code: p.code,
    nameVi: p.nameVi,
    nameEn: p.nameEn,
    issuerProvinceCode: p.issuerProvinceCode,
    scheme: p.scheme,
    groups: c.groups ?? [],
    statuses: c.statuses ?? [],
    ageFrom: c.ageFrom ?? null,
    ageTo: c.ageTo ?? null,
    communeCodes: c.communeCodes ?? [],
    withoutValidCard: c.withoutValidCard ?? false,
    occupations: c.occupations ?? [],
    supportKind: p.sharePercent !== null ? 'share' : 'amount',
    sharePercent: p.sharePercent ?? undefined,
    amount: p.amount,
    stacking: p.stacking,
    validFrom: dayjs(p.validFrom),
    validTo: p.validTo ? dayjs(p.validTo) : null,
    legalRef: p.legalRef,
    budgetLine: p.budgetLine ?? undefined,
    note: p.note ?? undefined,
  };
}
