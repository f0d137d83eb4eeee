// Persons per child unit of a locality: an aggregate, with no names or identifiers, so it may
// be seen more widely than the rows (coverage.read: a steering committee sees counts).
import type { Db } from '../../db-schema.js';
import { accessErrors, type Actor } from '../../platform/auth-context.js';
import { todayInVietnam } from '../../platform/dates.js';
import { reachOf } from '../auth/index.js';
import { childUnits, resolveUnit, unitsWithinEachScope } from '../geo/index.js';
import { countByCommune } from './persons.repo.js';

export async function personCounts(db: Db, actor: Actor, unitCode: string) {
  const today = todayInVietnam();
  const unit = await resolveUnit(db, unitCode, today);
  const reach = await reachOf(db, actor, 'coverage.read');
  const children = await childUnits(db, unit.id, today);
  const within = await unitsWithinEachScope(db, [unit.id, ...children.map((c) => c.id)]);
  const inReach = new Set(reach.unitIds);
  const allowed = (ids: number[]) => (reach.all ? ids : ids.filter((id) => inReach.has(id)));
  const unitIds = allowed(within.get(unit.id)!);
  if (unitIds.length === 0) throw accessErrors.outOfScope();
  const counts = await countByCommune(db, unitIds);
  const sum = (ids: number[]) => ids.reduce((total, id) => total + (counts.get(id) ?? 0), 0);
  const items = children
    .map((c) => ({ code: c.code, name: c.name, ids: allowed(within.get(c.id)!) }))
    .filter((c) => c.ids.length > 0)
    .map((c) => ({ code: c.code, name: c.name, persons: sum(c.ids) }));
  return { unit: { code: unit.code, name: unit.name }, total: sum(unitIds), items };
}
