// Rule rows as the API shows them: camelCase, dates YYYY-MM-DD, percentages as exact decimal
// text, a wage region's unit by code and name. One schema for every table; a row carries the
// common fields plus its table's own.
import { Type, type Static } from 'typebox';
import type { UnitSummary } from '../geo/index.js';
import type { RuleTableSpec } from './rules.catalogue.js';
import type { RuleRecord } from './rules.table.repo.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Decimal = Type.String({ pattern: '^\\d+(\\.\\d+)?$', examples: ['1.5000'] });

export const RuleRowSchema = Type.Object(
  {
    id: Type.Integer(),
    validFrom: Type.String({ format: 'date' }),
    validTo: Nullable(Type.String({ format: 'date' })),
    legalRef: Type.String(),
    confirmed: Type.Boolean({ description: 'false: a value the sources do not confirm' }),
    note: Nullable(Type.String()),
    amount: Type.Optional(Type.Integer({ description: 'VND per month' })),
    region: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
    unitId: Type.Optional(Type.Integer()),
    unitCode: Type.Optional(Type.String()),
    unitName: Type.Optional(Type.String()),
    area: Type.Optional(Type.String()),
    fund: Type.Optional(Type.String()),
    party: Type.Optional(Type.String()),
    variant: Type.Optional(Type.String()),
    ratePercent: Type.Optional(Decimal),
    key: Type.Optional(Type.String()),
    value: Type.Optional(Decimal),
    memberOrder: Type.Optional(Type.Integer()),
    scheme: Type.Optional(Type.String()),
    target: Type.Optional(Type.String()),
    sharePercent: Type.Optional(Decimal),
    maxMonths: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
  },
  { $id: 'ContributionRule' },
);
export type RuleRowView = Static<typeof RuleRowSchema>;

export function presentRule(
  spec: RuleTableSpec,
  row: RuleRecord,
  units: ReadonlyMap<number, UnitSummary>,
): RuleRowView {
  const own: Record<string, unknown> = {};
  for (const f of spec.fields) {
    if (f.kind !== 'unit') {
      own[f.field] = row[f.column];
      continue;
    }
    const unit = units.get(row[f.column] as number);
    own.unitId = row[f.column];
    own.unitCode = unit?.code ?? '';
    own.unitName = unit?.name ?? '';
  }
  return {
    id: row.id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    legalRef: row.legal_ref as string,
    confirmed: row.confirmed as boolean,
    note: (row.note ?? null) as string | null,
    ...own,
  };
}
