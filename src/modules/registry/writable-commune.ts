// Where a registry write may file a record: a commune valid today inside the writer's reach.
import type { Db } from '../../db-schema.js';
import { accessErrors } from '../../platform/auth-context.js';
import { todayInVietnam } from '../../platform/dates.js';
import { reachesUnit, type Reach } from '../auth/index.js';
import { resolveUnit } from '../geo/index.js';
import { registryErrors } from './registry.errors.js';

export async function writableCommune(db: Db, reach: Reach, code: string) {
  const commune = await resolveUnit(db, code, todayInVietnam());
  if (commune.level !== 'commune') throw registryErrors.communeRequired();
  if (!reachesUnit(reach, commune.id)) throw accessErrors.outOfScope();
  return commune;
}
