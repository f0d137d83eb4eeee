// Loads the province default wage regions (data/reference/wage_region_defaults.csv) once the
// geography is seeded. Idempotent: a province valid today that has no wage_region row at all
// gets its default, valid for the province's own life; rows already there (seeded or edited
// through the API) are never touched, so every start may run it.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Db } from '../../db-schema.js';
import { recordAudit, type ActorContext } from '../../platform/audit.js';
import { todayInVietnam } from '../../platform/dates.js';
import { resolveUnit } from '../geo/index.js';
import { unitsWithWageRegion } from './wage-region.repo.js';

export const WAGE_REGION_CSV = fileURLToPath(
  new URL('../../../data/reference/wage_region_defaults.csv', import.meta.url),
);

export interface WageRegionDefault {
  provinceCode: string;
  region: number;
  confirmed: boolean;
  legalRef: string;
  note: string | null;
}

/** The CSV's rows, checked: a bad row stops the seed with its line number. */
export function parseWageRegionDefaults(text: string): WageRegionDefault[] {
  const records = parse(text, { columns: true, trim: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return records.map((r, i) => {
    const line = i + 2;
    const region = Number(r.region);
    if (!/^\d{2}$/.test(r.province_code ?? '')) throw new Error(`line ${line}: province_code`);
    if (![1, 2, 3, 4].includes(region)) throw new Error(`line ${line}: region must be 1–4`);
    if (r.confirmed !== 'true' && r.confirmed !== 'false') {
      throw new Error(`line ${line}: confirmed must be true or false`);
    }
    if (!r.legal_ref) throw new Error(`line ${line}: legal_ref is empty`);
    return {
      provinceCode: r.province_code!,
      region,
      confirmed: r.confirmed === 'true',
      legalRef: r.legal_ref,
      note: r.note || null,
    };
  });
}

const SYSTEM: ActorContext = { actor: 'system:seed', requestId: null };

export interface WageRegionSeedResult {
  inserted: number;
  /** CSV province codes that name no province today */
  unknown: string[];
}

export async function seedWageRegions(
  db: Db,
  options: { csv?: string; today?: string } = {},
): Promise<WageRegionSeedResult> {
  const defaults = parseWageRegionDefaults(fs.readFileSync(options.csv ?? WAGE_REGION_CSV, 'utf8'));
  const today = options.today ?? todayInVietnam();
  return db.transaction().execute(async (trx) => {
    const unknown: string[] = [];
    const found = [];
    for (const d of defaults) {
      const unit = await resolveUnit(trx, d.provinceCode, today).catch(() => null);
      if (unit?.level === 'province') found.push({ d, unit });
      else unknown.push(d.provinceCode);
    }
    const done = await unitsWithWageRegion(
      trx,
      found.map((f) => f.unit.id),
    );
    const rows = found
      .filter((f) => !done.has(f.unit.id))
      .map(({ d, unit }) => ({
        unit_id: unit.id,
        region: d.region,
        valid_from: unit.valid_from,
        valid_to: unit.valid_to,
        legal_ref: d.legalRef,
        confirmed: d.confirmed,
        note: d.note,
      }));
    if (rows.length === 0) return { inserted: 0, unknown };
    await trx.insertInto('wage_region').values(rows).execute();
    await recordAudit(trx, SYSTEM, {
      action: 'contributions.wage_region.seed',
      entity: 'wage_region',
      entityId: null,
      changes: { provinces: rows.length, unknown },
    });
    return { inserted: rows.length, unknown };
  });
}
