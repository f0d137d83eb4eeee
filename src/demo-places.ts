// The demo province and the places the demo data uses: Hải Phòng after the 2025 merger, which
// absorbed the former Hải Dương, so scopes that span the reorganisation can be tried at once.
import type { Db } from './db-schema.js';
import { resolveUnit, unitSummaries, unitsWithinScope } from './modules/geo/index.js';
import { todayInVietnam } from './platform/dates.js';

export interface DemoPlaces {
  province: { id: number; code: string };
  /** current communes of the province that came from the former Hải Dương, by code */
  communesFromHaiDuong: { id: number; code: string }[];
  /** communes of the former Hải Dương before 1 July 2025 (records filed before the merger) */
  formerCommunes: { id: number; code: string }[];
  /** current communes of another province (Hà Nội), outside the demo scopes */
  elsewhere: { id: number; code: string }[];
}

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

export async function demoPlaces(db: Db): Promise<DemoPlaces> {
  const today = todayInVietnam();
  const province = await resolveUnit(db, '31', today);
  const former = await resolveUnit(db, '30', '2025-06-30');
  const hanoi = await resolveUnit(db, '01', today);
  const reached = await unitSummaries(db, await unitsWithinScope(db, [former.id]));
  const communes = [...reached.values()].filter((u) => u.level === 'commune');
  const hanoiCommunes = await db
    .selectFrom('admin_unit')
    .select(['id', 'code'])
    .where('parent_id', '=', hanoi.id)
    .where('level', '=', 'commune')
    .orderBy('code')
    .limit(5)
    .execute();
  return {
    province: { id: province.id, code: province.code },
    communesFromHaiDuong: communes
      .filter((u) => u.parentId === province.id && u.validTo === null)
      .sort(byCode),
    formerCommunes: communes.filter((u) => u.validTo !== null).sort(byCode),
    elsewhere: hanoiCommunes,
  };
}
