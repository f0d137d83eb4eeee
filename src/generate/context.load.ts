// Reads what the generator needs from the database (read-only): the province and its communes
// today through the geo module, their predecessors before the 2025 merger, province codes,
// participant groups, and the highest identifier serials already in use.
import { sql } from 'kysely';
import type { Db } from '../db-schema.js';
import { provincesOf, resolveUnit } from '../modules/geo/index.js';
import { AppError } from '../platform/errors.js';
import type { CommuneInfo, ProvinceContext } from './context.js';
import { isoOf, toDay } from './days.js';
import { generateErrors } from './generate.errors.js';

async function province(db: Db, code: string, at: string) {
  if (!/^\d{2}$/.test(code)) throw generateErrors.unknownProvince(code, at);
  try {
    const unit = await resolveUnit(db, code, at);
    if (unit.level === 'province') return unit;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  throw generateErrors.unknownProvince(code, at);
}

async function communesOf(db: Db, provinceId: number, at: string): Promise<CommuneInfo[]> {
  const rows = await db
    .selectFrom('admin_unit')
    .select(['id', 'code', 'name', 'valid_from'])
    .where('parent_id', '=', provinceId)
    .where('level', '=', 'commune')
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .orderBy('code')
    .execute();
  const ids = rows.map((r) => r.id);
  const links = ids.length
    ? await db
        .selectFrom('admin_unit_succession as s')
        .innerJoin('admin_unit as u', 'u.id', 's.predecessor_id')
        .select(['s.successor_id', 'u.id', 'u.name'])
        .where('s.successor_id', 'in', ids)
        .where('u.level', '=', 'commune')
        .orderBy('u.code')
        .execute()
    : [];
  const oldProvince = await provincesOf(
    db,
    links.map((l) => l.id),
  );
  return rows.map((r) => {
    const former = links.filter((l) => l.successor_id === r.id);
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      since: toDay(r.valid_from),
      former: former.map((l) => ({ id: l.id, name: l.name })),
      formerProvinceCode: oldProvince.get(former[0]?.id ?? -1)?.code ?? '',
    };
  });
}

async function provinceCodes(db: Db, mergerIso: string) {
  const rows = await db
    .selectFrom('admin_unit')
    .select(['code', 'valid_from', 'valid_to'])
    .where('level', '=', 'province')
    .execute();
  const before = rows.filter((r) => r.valid_from < mergerIso).map((r) => r.code);
  const after = rows.filter((r) => r.valid_to === null).map((r) => r.code);
  return { before: [...new Set(before)].sort(), after: [...new Set(after)].sort() };
}

export async function loadContext(db: Db, code: string, asOf: string): Promise<ProvinceContext> {
  const unit = await province(db, code, asOf);
  const communes = await communesOf(db, unit.id, asOf);
  if (communes.length === 0) throw generateErrors.noCommunes(code, asOf);
  // communes formed by the merger start on the same day; before it the old codes applied
  const mergerDay = Math.min(...communes.map((c) => c.since));
  for (const c of communes) if (c.formerProvinceCode === '') c.formerProvinceCode = code;
  const groups = await db
    .selectFrom('participant_group')
    .select(['code', 'benefit_level', 'valid_from', 'valid_to'])
    .execute();
  return {
    province: { id: unit.id, code: unit.code, name: unit.name },
    asOf: toDay(asOf),
    communes,
    otherProvinceCodes: { ...(await provinceCodes(db, isoOf(mergerDay))), mergerDay },
    groups: groups.map((g) => ({
      code: g.code,
      level: g.benefit_level,
      from: g.valid_from,
      to: g.valid_to,
    })),
  };
}

/** highest serial in use per prefix of a text column: `prefixLength` characters, then digits */
export async function usedSerials(
  db: Db,
  table: 'person' | 'household' | 'employer',
  column: 'national_id' | 'si_number' | 'code' | 'tax_code',
  prefixLength: number,
  only?: string,
): Promise<Map<string, number>> {
  const filter = only ? sql`and ${sql.ref(column)} like ${`${only}%`}` : sql``;
  const { rows } = await sql<{ prefix: string; serial: string }>`
    select left(${sql.ref(column)}, ${prefixLength}) as prefix,
           max(substr(${sql.ref(column)}, ${prefixLength + 1})) as serial
    from ${sql.table(table)} where ${sql.ref(column)} is not null ${filter}
    group by 1`.execute(db);
  return new Map(
    rows.filter((r) => /^\d+$/.test(r.serial)).map((r) => [r.prefix, Number(r.serial)]),
  );
}
