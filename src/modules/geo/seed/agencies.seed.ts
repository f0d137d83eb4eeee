// Vietnam Social Security agencies as published: one agency per province until 2025-03-31;
// 35 regional agencies from 2025-04-01 (Decision 391/QĐ-BTC, 2025-02-26), whose composition
// is not loaded because the decision's annex was not available: operators add their
// jurisdictions through the API; 34 provincial agencies matching the new provinces from
// 2025-07-01 (Decisions 1733/QĐ-BTC, 2025-05-12, and 2286/QĐ-BTC, 2025-06-30).
import type { Tx } from '../../../db-schema.js';
import type { UnitRow } from '../geo.repo.js';
import { OLD_FROM, REFORM_DATE } from './dates.js';

export const REGIONAL_FROM = '2025-04-01';
const LEGAL_OLD = 'Nghị định 89/2020/NĐ-CP; đến 31/03/2025 theo Quyết định 391/QĐ-BTC';
const LEGAL_REGIONAL = 'Quyết định 391/QĐ-BTC ngày 26/02/2025';
const LEGAL_NEW = 'Quyết định 1733/QĐ-BTC ngày 12/05/2025; Quyết định 2286/QĐ-BTC ngày 30/06/2025';

export function romanNumeral(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

/** "Tỉnh Hải Dương" → "Bảo hiểm xã hội tỉnh Hải Dương". */
export function agencyName(provinceName: string): string {
  return `Bảo hiểm xã hội ${provinceName.charAt(0).toLowerCase()}${provinceName.slice(1)}`;
}

export async function seedAgencies(trx: Tx, provinces: UnitRow[]): Promise<number> {
  const oldProvinces = provinces.filter((p) => p.valid_to === REFORM_DATE);
  const newProvinces = provinces.filter((p) => p.valid_from === REFORM_DATE);
  const agencies = [
    ...oldProvinces.map((p) => ({
      unit: p,
      code: p.code,
      name: agencyName(p.name),
      kind: 'provincial' as const,
      valid_from: OLD_FROM,
      valid_to: REGIONAL_FROM,
      legal_ref: LEGAL_OLD,
      source: 'one provincial agency per province; start date provisional',
    })),
    ...Array.from({ length: 35 }, (_, i) => ({
      unit: null,
      code: `KV-${romanNumeral(i + 1)}`,
      name: `Bảo hiểm xã hội khu vực ${romanNumeral(i + 1)}`,
      kind: 'regional' as const,
      valid_from: REGIONAL_FROM,
      valid_to: REFORM_DATE,
      legal_ref: LEGAL_REGIONAL,
      source:
        'Decision 391/QĐ-BTC: 35 regional agencies; jurisdictions not loaded (annex unavailable)',
    })),
    ...newProvinces.map((p) => ({
      unit: p,
      code: p.code,
      name: agencyName(p.name),
      kind: 'provincial' as const,
      valid_from: REFORM_DATE,
      valid_to: null,
      legal_ref: LEGAL_NEW,
      source: 'one provincial agency per new province',
    })),
  ];
  const inserted = await trx
    .insertInto('vss_agency')
    .values(agencies.map(({ unit: _unit, ...row }) => row))
    .returning(['id', 'code', 'valid_from'])
    .execute();
  const idOf = new Map(inserted.map((r) => [`${r.code}|${r.valid_from}`, r.id]));
  const withUnit = agencies.filter((a) => a.unit !== null);
  await trx
    .insertInto('vss_agency_jurisdiction')
    .values(
      withUnit.map((a) => ({
        agency_id: idOf.get(`${a.code}|${a.valid_from}`)!,
        admin_unit_id: a.unit!.id,
        valid_from: a.valid_from,
        valid_to: a.valid_to,
        legal_ref: a.legal_ref,
      })),
    )
    .execute();
  return agencies.length;
}
