// A few hundred synthetic persons for the demo (no real personal data): most in communes of
// Hải Phòng that came from the former Hải Dương, some filed under those former communes before
// the 2025 merger, some in Hà Nội, outside the demo scopes. The registry issue replaces this
// with the full synthetic-province generator.
import type { Db } from '../../../db-schema.js';
import { recordAudit } from '../../../platform/audit.js';
import { systemActor } from '../../../platform/auth-context.js';
import { searchKey } from '../../../platform/text.js';
import { insertPerson } from '../persons.repo.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Mai'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Tuấn'];
const GIVEN_F = ['Anh', 'Chi', 'Dung', 'Hà', 'Hương', 'Lan', 'Linh', 'Nga', 'Phương', 'Trang'];

/** mulberry32: a tiny deterministic generator, so the demo is the same on every machine */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoPersonPlaces {
  /** [commune id, province-of-birth code of the national ID] */
  communes: [number, string][];
}

export async function seedDemoPersons(db: Db, places: DemoPersonPlaces, count = 600) {
  const any = await db.selectFrom('person').select('id').limit(1).execute();
  if (any.length > 0 || places.communes.length === 0) return 0;
  const next = random(20251128);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const digits = (n: number) => String(Math.floor(next() * 10 ** n)).padStart(n, '0');
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i++) {
      const [communeId, birthProvince] = places.communes[i % places.communes.length]!;
      const female = next() < 0.5;
      const year = 1940 + Math.floor(next() * 85);
      const birthDate = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
      // digit 4 encodes century and sex (Circular 59/2021/TT-BCA): 0/1 for 1900s, 2/3 for 2000s
      const centurySex = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
      const name = `${pick(FAMILY)} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${pick(female ? GIVEN_F : GIVEN_M)}`;
      await insertPerson(trx, {
        national_id: `${birthProvince}${centurySex}${String(year % 100).padStart(2, '0')}${String(i).padStart(6, '0')}`,
        full_name: name,
        search_key: searchKey(name),
        birth_date: birthDate,
        sex: female ? 'female' : 'male',
        phone: next() < 0.7 ? `09${digits(8)}` : null,
        commune_id: communeId,
      });
    }
    await recordAudit(trx, systemActor('system:seed'), {
      action: 'person.seed_demo',
      entity: 'person',
      entityId: null,
      changes: { count },
    });
  });
  return count;
}
