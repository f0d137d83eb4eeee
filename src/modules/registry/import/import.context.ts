// Reference data a registry import checks rows against, loaded once per job: every version of
// every commune code, the birth-province codes national IDs may start with, ethnic groups,
// and the communes the caller may write to (registry.write reach).
import type { Db } from '../../../db-schema.js';
import type { Actor } from '../../../platform/auth-context.js';
import { withinValidity } from '../../../platform/dates.js';
import type { Problems } from '../../../platform/import/values.js';
import { reachOf } from '../../auth/index.js';

interface CommuneVersion {
  id: number;
  validFrom: string;
  validTo: string | null;
}

export interface RegistryImportContext {
  /** the date commune codes are read at */
  at: string;
  today: string;
  communes: ReadonlyMap<string, readonly CommuneVersion[]>;
  birthProvinces: ReadonlySet<string>;
  ethnicities: ReadonlySet<string>;
  /** null: nationwide */
  writable: ReadonlySet<number> | null;
}

export async function loadRegistryContext(
  db: Db,
  actor: Actor,
  at: string,
  today: string,
): Promise<RegistryImportContext> {
  const units = await db
    .selectFrom('admin_unit')
    .select(['id', 'code', 'level', 'valid_from', 'valid_to'])
    .where('level', 'in', ['province', 'commune'])
    .execute();
  const communes = new Map<string, CommuneVersion[]>();
  const birthProvinces = new Set<string>();
  for (const u of units) {
    if (u.level === 'province') birthProvinces.add(`0${u.code}`);
    else {
      const list = communes.get(u.code) ?? [];
      list.push({ id: u.id, validFrom: u.valid_from, validTo: u.valid_to });
      communes.set(u.code, list);
    }
  }
  const ethnic = await db.selectFrom('ethnic_group').select('code').execute();
  const reach = await reachOf(db, actor, 'registry.write');
  return {
    at,
    today,
    communes,
    birthProvinces,
    ethnicities: new Set(ethnic.map((e) => e.code)),
    writable: reach.all ? null : new Set(reach.unitIds),
  };
}

/** The commune a code names at the context's date, inside the caller's area; or a problem. */
export function communeAt(
  p: Problems,
  ctx: RegistryImportContext,
  field: string,
  code: string | null,
): number | null {
  if (code === null) return null;
  const versions = ctx.communes.get(code);
  if (!versions)
    return p.add(
      field,
      'COMMUNE_UNKNOWN',
      `no commune has the code ${code}`,
      `không có xã nào mang mã ${code}`,
    );
  const hit = versions.find((v) => withinValidity(ctx.at, v.validFrom, v.validTo));
  if (!hit) {
    const spans = versions.map((v) => `${v.validFrom}–${v.validTo ?? '…'}`).join(', ');
    return p.add(
      field,
      'COMMUNE_NOT_VALID_AT',
      `commune ${code} did not exist on ${ctx.at} (valid ${spans}); import with the date the file was made`,
      `xã mã ${code} không tồn tại vào ngày ${ctx.at} (hiệu lực ${spans}); hãy nhập với ngày lập tệp`,
    );
  }
  if (ctx.writable && !ctx.writable.has(hit.id))
    return p.add(
      field,
      'COMMUNE_OUT_OF_AREA',
      `commune ${code} is outside your area`,
      `xã mã ${code} nằm ngoài địa bàn của bạn`,
    );
  return hit.id;
}
