// A deterministic synthetic persons CSV for the import benchmark: every national ID passes
// checkNationalId (birth province, century/sex digit, year), SI numbers are unique. Written in
// chunks, so a million rows never sit in memory. (The realistic generator is src/generate/.)
import fs from 'node:fs';
import { once } from 'node:events';
import { centurySexDigit } from '../src/modules/registry/national-id.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Ngọc', 'Đức', 'Thu'];
const GIVEN = [
  'An',
  'Bình',
  'Cúc',
  'Dũng',
  'Giang',
  'Hà',
  'Hùng',
  'Lan',
  'Mai',
  'Nam',
  'Sơn',
  'Tâm',
];
// birth-province codes of provinces that exist in every period (Hà Nội, Hải Phòng, HCMC …):
// each gives a million IDs, so 15 of them number 15 M distinct persons
const BIRTH = [
  '001',
  '031',
  '079',
  '048',
  '092',
  '022',
  '038',
  '046',
  '004',
  '011',
  '012',
  '014',
  '020',
  '040',
  '042',
];

export function syntheticPerson(i: number, communes: readonly string[]): string {
  const year = 1940 + (i % 80);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const sex = i % 2 === 0 ? 'male' : 'female';
  const birth = BIRTH[Math.floor(i / 1_000_000) % BIRTH.length]!;
  const serial = String(i % 1_000_000).padStart(6, '0');
  const id = `${birth}${centurySexDigit(year, sex)}${String(year % 100).padStart(2, '0')}${serial}`;
  const name = `${FAMILY[i % 10]} ${MIDDLE[(i >> 3) % 8]} ${GIVEN[(i >> 6) % 12]}`;
  const phone = `09${String(i % 100_000_000).padStart(8, '0')}`;
  return `${id},${String(1_000_000_000 + i)},${name},${year}-${month}-${day},${sex},01,${phone},${communes[i % communes.length]}\n`;
}

export async function writeSyntheticPersons(file: string, n: number, communes: readonly string[]) {
  const out = fs.createWriteStream(file);
  out.write('national_id,si_number,full_name,birth_date,sex,ethnicity,phone,commune_code\n');
  for (let i = 0; i < n; i += 10_000) {
    let chunk = '';
    for (let j = i; j < Math.min(n, i + 10_000); j++) chunk += syntheticPerson(j, communes);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
