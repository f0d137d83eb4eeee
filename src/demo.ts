// Demo data for `npm start` and the tests: one user per standard role and a few hundred
// synthetic persons, placed so scopes across the 2025 merger can be tried (demo-places.ts),
// then a generated Hải Phòng (src/generate/) of ANSINH_DEMO_PERSONS persons on top.
import type { Db } from './db-schema.js';
import { demoPlaces } from './demo-places.js';
import { recordGeneratedDenominators } from './generate/denominators.js';
import { generatedHouseholds, generateProvince } from './generate/generate.js';
import { seedDemoUsers } from './modules/auth/index.js';
import { rebuildFacts } from './modules/coverage/index.js';
import { seedDemoPersons } from './modules/registry/index.js';
import { todayInVietnam } from './platform/dates.js';

/** synthetic codes: a facility of Hải Phòng (province code 31) and an employer */
export const DEMO_FACILITY = '31001';
export const DEMO_EMPLOYER = '0200000001';

/** the generated demo province and its seed (the same data on every machine for a given day) */
export const DEMO_PROVINCE = '31';
const DEMO_SEED = 20251128;

export async function seedDemo(db: Db, options: { persons?: number } = {}): Promise<void> {
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
  // generated on first start only: later starts find its households and leave them
  const persons = options.persons ?? 0;
  if (persons > 0 && (await generatedHouseholds(db, DEMO_PROVINCE)) === 0) {
    await generateProvince(db, { provinceCode: DEMO_PROVINCE, persons, seed: DEMO_SEED });
    // the generator bypasses enrolment's services: count this year's coverage facts once
    // (about 1.8 s for 20,000 persons on PGlite, on the first start only)
    const today = todayInVietnam();
    // rates on generated data need denominators counted on it (synthetic, never official)
    await recordGeneratedDenominators(db, today);
    await rebuildFacts(db, { from: `${today.slice(0, 4)}-01`, to: today.slice(0, 7), today });
  }
}
