// The JSON shape of a support policy (camelCase, dates YYYY-MM-DD, shares as decimal text).
import { Type, type Static } from 'typebox';
import { PolicyConditionSchema } from './policies.rules.js';
import type { PolicyRow } from './policies.repo.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()]);

export const PolicySchema = Type.Object(
  {
    id: Type.Integer(),
    code: Type.String(),
    nameVi: Type.String(),
    nameEn: Type.String(),
    issuerProvinceCode: Nullable(Type.String()),
    issuerProvinceName: Nullable(Type.String()),
    scheme: Type.Union([Type.Literal('hi'), Type.Literal('vsi')]),
    condition: PolicyConditionSchema,
    sharePercent: Nullable(Type.String()),
    amount: Nullable(Type.Integer()),
    stacking: Type.Union([Type.Literal('add'), Type.Literal('top_up_to')]),
    validFrom: Type.String(),
    validTo: Nullable(Type.String()),
    legalRef: Type.String(),
    budgetLine: Nullable(Type.String()),
    status: Type.Union([Type.Literal('draft'), Type.Literal('active'), Type.Literal('withdrawn')]),
    confirmed: Type.Boolean(),
    note: Nullable(Type.String()),
  },
  { description: 'A provincial support policy (local top-up)' },
);

export type Policy = Static<typeof PolicySchema>;

/** '30.0000' → '30', '12.5000' → '12.5' (the database pads numeric(7,4)). */
export function trimShare(share: string | null): string | null {
  if (share === null) return null;
  return share.includes('.') ? share.replace(/0+$/, '').replace(/\.$/, '') : share;
}

export function presentPolicy(row: PolicyRow, provinceName: string | null): Policy {
  return {
    id: row.id,
    code: row.code,
    nameVi: row.name_vi,
    nameEn: row.name_en,
    issuerProvinceCode: row.issuer_province_code,
    issuerProvinceName: provinceName,
    scheme: row.scheme,
    condition: row.condition,
    sharePercent: trimShare(row.share_percent),
    amount: row.amount,
    stacking: row.stacking,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    legalRef: row.legal_ref,
    budgetLine: row.budget_line,
    status: row.status,
    confirmed: row.confirmed,
    note: row.note,
  };
}
