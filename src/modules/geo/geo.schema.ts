// Request and response schemas of the geo API (they also generate the OpenAPI document).
import { Type } from 'typebox';
import { CivilDate, Limit } from '../../platform/http/schemas.js';

export const LevelSchema = Type.Union(
  [
    Type.Literal('country'),
    Type.Literal('province'),
    Type.Literal('district'),
    Type.Literal('commune'),
  ],
  { description: 'country, province, district (until 2025-06-30) or commune' },
);

export const UnitCode = Type.String({
  pattern: '^(VN|\\d{2}|\\d{3}|\\d{5})$',
  description: 'VN, 2 digits (province), 3 (district) or 5 (commune); unique only with a date',
  examples: ['30', '31', '10507'],
});

const UnitRef = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.String(),
  validFrom: Type.String(),
  validTo: Type.Union([Type.String(), Type.Null()]),
});

export const UnitSchema = Type.Object(
  {
    id: Type.Integer(),
    level: Type.String(),
    code: Type.String(),
    name: Type.String(),
    shortName: Type.String(),
    unitType: Type.String(),
    validFrom: Type.String({ description: 'first day valid' }),
    validTo: Type.Union([Type.String(), Type.Null()], { description: 'first day no longer valid' }),
    validUntil: Type.Union([Type.String(), Type.Null()], { description: 'last day valid' }),
    parent: Type.Union([UnitRef, Type.Null()]),
    childCount: Type.Optional(Type.Integer()),
    source: Type.String(),
    legalRef: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'AdminUnit' },
);

export const AtQuery = Type.Object({
  at: Type.Optional(Type.Union([CivilDate], { description: 'default: today (Vietnam time)' })),
});

export const ListUnitsQuery = Type.Object({
  at: Type.Optional(CivilDate),
  level: Type.Optional(LevelSchema),
  parentCode: Type.Optional(UnitCode),
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: 'name, with or without diacritics' }),
  ),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});

export const CodeParams = Type.Object({ code: UnitCode });

export const ShareItem = Type.Object({
  unit: Type.Ref('AdminUnit'),
  share: Type.String({ description: 'decimal, 9 places; shares of one unit sum to exactly 1' }),
  method: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
});

export const SuccessorsQuery = Type.Object({
  at: Type.Optional(CivilDate),
  to: Type.Optional(CivilDate),
});

export const PredecessorsQuery = Type.Object({
  at: Type.Optional(CivilDate),
  level: Type.Optional(LevelSchema),
});

export const ReaggregationBody = Type.Object({
  from: CivilDate,
  to: Type.Optional(CivilDate),
  items: Type.Array(
    Type.Object({
      code: UnitCode,
      count: Type.Integer({ minimum: 0, maximum: 9_007_199_254_740_991 }),
    }),
    { minItems: 1, maxItems: 20000 },
  ),
});

export const SuccessorsBody = Type.Object({
  successors: Type.Array(
    Type.Object({
      code: UnitCode,
      share: Type.String({ pattern: '^[01](\\.\\d{1,9})?$' }),
      method: Type.Union([
        Type.Literal('whole'),
        Type.Literal('equal_split'),
        Type.Literal('population'),
        Type.Literal('area'),
        Type.Literal('operator'),
      ]),
      note: Type.String({ minLength: 3, maxLength: 500, description: 'how the share was derived' }),
    }),
    { minItems: 1, maxItems: 50 },
  ),
});

export const TreeQuery = Type.Object({
  at: Type.Optional(CivilDate),
  root: Type.Optional(UnitCode),
  depth: Type.Optional(Type.Integer({ minimum: 1, maximum: 3, default: 1 })),
});

const NodeFields = {
  code: Type.String(),
  name: Type.String(),
  level: Type.String(),
  childCount: Type.Integer(),
};

// Three nesting levels at most (country → province → district → commune).
export const TreeNodeSchema = Type.Object({
  ...NodeFields,
  children: Type.Optional(
    Type.Array(
      Type.Object({
        ...NodeFields,
        children: Type.Optional(Type.Array(Type.Object(NodeFields))),
      }),
    ),
  ),
});
