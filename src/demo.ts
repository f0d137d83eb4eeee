// Demo data for `npm start` and the tests: one user per standard role and a few hundred
// synthetic persons, placed so scopes across the 2025 merger can be tried (demo-places.ts).
import type { Db } from './db-schema.js';
import { demoPlaces } from './demo-places.js';
import { seedDemoUsers } from './modules/auth/index.js';
import { seedDemoPersons } from './modules/registry/index.js';

/** synthetic codes: a facility of Hải Phòng (province code 31) and an employer */
export const DEMO_FACILITY = '31001';
export const DEMO_EMPLOYER = '0200000001';

export async function seedDemo(db: Db): Promise<void> {
  const places = await demoPlaces(db);
  const communeA = places.communesFromHaiDuong[0];
  if (!communeA) throw new Error('demo seed: no commune of Hải Phòng came from Hải Dương');
  await seedDemoUsers(db, {
    provinceId: places.province.id,
    communeId: communeA.id,
    facilityCode: DEMO_FACILITY,
    employerTaxCode: DEMO_EMPLOYER,
  });
  const communes: [number, string][] = [
    ...places.communesFromHaiDuong.slice(0, 12).map((c): [number, string] => [c.id, '030']),
    ...places.formerCommunes.slice(0, 4).map((c): [number, string] => [c.id, '030']),
    ...places.elsewhere.slice(0, 4).map((c): [number, string] => [c.id, '001']),
  ];
  await seedDemoPersons(db, { communes });
}
