// Explicit output shapes: rows never leave the service layer as they are.
import { addDays } from '../../platform/dates.js';
import type { UnitRow } from './geo.repo.js';
import { shareToDecimal } from './geo.shares.js';

export function presentUnitRef(unit: UnitRow) {
  return {
    code: unit.code,
    name: unit.name,
    level: unit.level,
    validFrom: unit.valid_from,
    validTo: unit.valid_to,
  };
}

export function presentUnit(unit: UnitRow, parent?: UnitRow, childCount?: number) {
  return {
    id: unit.id,
    level: unit.level,
    code: unit.code,
    name: unit.name,
    shortName: unit.short_name,
    unitType: unit.unit_type,
    validFrom: unit.valid_from,
    validTo: unit.valid_to,
    validUntil: unit.valid_to ? addDays(unit.valid_to, -1) : null,
    parent: parent ? presentUnitRef(parent) : null,
    ...(childCount !== undefined ? { childCount } : {}),
    source: unit.source,
    legalRef: unit.legal_ref,
  };
}

/** A unit reached through succession; method and note describe the direct edge, if any. */
export function presentShare(
  unit: UnitRow,
  shareNano: number,
  edge?: { method: string; note: string },
) {
  return {
    unit: presentUnit(unit),
    share: shareToDecimal(shareNano),
    method: edge?.method ?? null,
    note: edge?.note ?? null,
  };
}
