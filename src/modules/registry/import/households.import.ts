// Import of households (mẫu GD01 lists): code, commune, address. A known code in the same
// commune takes the file's address; a known code in another commune is rejected.
import { sql } from 'kysely';
import type { ColumnDef } from '../../../platform/import/header.js';
import { fromStage, problemsAt } from '../../../platform/import/stage.js';
import type { AnyDb, ImportSpec, StageRange } from '../../../platform/import/spec.js';
import { text, type Problems } from '../../../platform/import/values.js';
import { communeAt, type RegistryImportContext } from './import.context.js';
import { householdCode } from './registry.values.js';

export const householdColumns: readonly ColumnDef[] = [
  { name: 'code', aliases: ['ma_ho', 'ma_ho_gia_dinh', 'household_code'], required: true },
  { name: 'commune_code', aliases: ['ma_xa'], required: true },
  { name: 'address', aliases: ['dia_chi'], required: false },
];

export function validateHousehold(
  r: Readonly<Record<string, string>>,
  ctx: RegistryImportContext,
  p: Problems,
) {
  const code = householdCode(p, r.code!);
  if (code === null && !p.any)
    p.add('code', 'REQUIRED', 'a value is required', 'không được để trống');
  const commune = communeAt(
    p,
    ctx,
    'commune_code',
    text(p, 'commune_code', r.commune_code!, { required: true }),
  );
  const address = text(p, 'address', r.address!.replace(/\s+/g, ' '), {
    required: false,
    max: 300,
  });
  return p.any ? null : [code, commune, address];
}

async function checkHouseholds(db: AnyDb, range: StageRange) {
  const moved = await sql<{ line: number }>`select s.line ${fromStage(range)}
    and exists (select 1 from household h where h.code = s.code and h.commune_id <> s.commune_id)`.execute(
    db,
  );
  return problemsAt(
    moved.rows,
    'code',
    'HOUSEHOLD_CONFLICT',
    'a household with this code is registered in another commune',
    'mã hộ này đã được đăng ký ở xã khác',
  );
}

async function mergeHouseholds(trx: AnyDb, range: StageRange) {
  const { rows } = await sql<{
    inserted: boolean;
  }>`insert into household (code, commune_id, address)
    select s.code, s.commune_id, s.address ${fromStage(range)} order by s.line
    on conflict (code) do update set address = excluded.address
      where household.address is distinct from excluded.address
        and household.commune_id = excluded.commune_id
    returning (xmax = 0) as inserted`.execute(trx);
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted };
}

export const householdImport: ImportSpec<RegistryImportContext> = {
  kind: 'households',
  action: 'household.import',
  columns: householdColumns,
  stage: [
    { name: 'code', type: 'text' },
    { name: 'commune_id', type: 'bigint' },
    { name: 'address', type: 'text' },
  ],
  key: ['code'],
  keyField: 'code',
  validate: validateHousehold,
  check: checkHouseholds,
  merge: mergeHouseholds,
};
