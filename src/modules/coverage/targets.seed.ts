// Loads data/reference/targets_seed.csv (national and Hải Dương targets of the seeds) once the
// geography is seeded. Idempotent: rows already there (seeded earlier or edited through the
// API) are left alone. A row whose locality no longer exists in its year (Hải Dương's 2030
// targets: the province merged into Hải Phòng on 2025-07-01) is skipped and reported, since
// a target belongs to the unit as it was in its year.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db-schema.js';
import { recordAudit, type ActorContext } from '../../platform/audit.js';
import { parseTargetCsv } from './imports.rules.js';
import { resolveCsvRows } from './imports.service.js';
import * as repo from './targets.repo.js';

export const TARGETS_CSV = fileURLToPath(
  new URL('../../../data/reference/targets_seed.csv', import.meta.url),
);

const SYSTEM: ActorContext = { actor: 'system:seed', requestId: null };

export interface TargetSeedResult {
  inserted: number;
  /** lines whose locality names no unit in their year */
  skipped: number[];
}

export async function seedTargets(db: Db, csv = TARGETS_CSV): Promise<TargetSeedResult> {
  const text = fs.readFileSync(csv, 'utf8');
  const parsed = parseTargetCsv(text);
  if (parsed.errors.length > 0)
    throw new Error(
      `${csv}: ${parsed.errors.map((e) => `line ${e.line} ${e.field}: ${e.message}`).join('; ')}`,
    );
  return db.transaction().execute(async (trx) => {
    const { resolved, errors } = await resolveCsvRows(trx, parsed.rows);
    const fresh = resolved.filter((r) => !r.exists);
    for (const r of fresh) await repo.insertTarget(trx, r.row);
    const skipped = errors.map((e) => e.line);
    if (fresh.length > 0)
      await recordAudit(trx, SYSTEM, {
        action: 'coverage.target.seed',
        entity: 'coverage_target',
        entityId: null,
        changes: { rows: fresh.length, skippedLines: skipped },
      });
    return { inserted: fresh.length, skipped };
  });
}
