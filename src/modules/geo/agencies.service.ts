// Reading VSS agencies: list them as of a date, find the agency that answers for a unit.
// Changes go through agencies.edit.ts.
import type { Db } from '../../db-schema.js';
import * as repo from './agencies.repo.js';
import { geoErrors } from './geo.errors.js';
import { checkDate, resolveUnit, unitAncestry } from './geo.service.js';

export async function listAgencies(db: Db, at: string) {
  checkDate(at);
  const agencies = await repo.agenciesAt(db, at);
  const all = await repo.jurisdictions(db, { agencyIds: agencies.map((a) => a.id), at });
  return agencies.map((agency) => ({
    agency,
    jurisdictions: all.filter((j) => j.agency_id === agency.id),
  }));
}

export async function getAgency(db: Db, code: string, at: string) {
  checkDate(at);
  const [agency] = await repo.agenciesAt(db, at, code);
  if (!agency) throw geoErrors.agencyNotFound(code, at);
  return { agency, jurisdictions: await repo.jurisdictions(db, { agencyIds: [agency.id], at }) };
}

/** The agency with jurisdiction over the unit or its nearest ancestor on the date. */
export async function agencyForUnit(db: Db, code: string, at: string) {
  const unit = await resolveUnit(db, code, at);
  const chain = await unitAncestry(db, unit);
  const found = await repo.jurisdictions(db, { unitIds: chain.map((u) => u.id), at });
  for (const ancestor of chain) {
    const j = found.find((f) => f.admin_unit_id === ancestor.id);
    if (!j) continue;
    const agency = await repo.agencyById(db, j.agency_id);
    return { unit, through: ancestor, jurisdiction: j, agency };
  }
  throw geoErrors.noAgencyOnRecord(code, at);
}
