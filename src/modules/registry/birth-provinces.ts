// The 3-digit province-of-birth codes a national ID may start with: '0' + the 2-digit code of
// any province of any period (Circular 59/2021/TT-BCA Annex: codes of the 63 provinces, kept
// for people registered before the 2025 merger).
import type { Db } from '../../db-schema.js';

const cache = new WeakMap<Db, Promise<ReadonlySet<string>>>();

async function load(db: Db): Promise<ReadonlySet<string>> {
  const rows = await db
    .selectFrom('admin_unit')
    .select('code')
    .distinct()
    .where('level', '=', 'province')
    .execute();
  return new Set(rows.map((r) => `0${r.code}`));
}

export function birthProvinceCodes(db: Db): Promise<ReadonlySet<string>> {
  let codes = cache.get(db);
  if (!codes) {
    codes = load(db);
    cache.set(db, codes);
  }
  return codes;
}
