// Use cases of VSS agencies: list them as of a date, find the agency that answers for a unit,
// and let operators add agencies and jurisdictions that the loaded data lacks. Writes audited.
import type { Db } from '../../db-schema.js';
import { recordAudit, type ActorContext } from '../../platform/audit.js';
import { isConflict } from '../../platform/db/pg-errors.js';
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

export interface AgencyInput {
  code: string;
  name: string;
  kind: repo.AgencyRow['kind'];
  validFrom: string;
  validTo: string | null;
  legalRef: string;
  source: string;
}

function checkPeriod(from: string, to: string | null): void {
  checkDate(from);
  if (to !== null && to <= from) throw geoErrors.periodInvalid();
}

export async function createAgency(db: Db, ctx: ActorContext, input: AgencyInput) {
  checkPeriod(input.validFrom, input.validTo);
  try {
    return await db.transaction().execute(async (trx) => {
      const agency = await repo.insertAgency(trx, {
        code: input.code,
        name: input.name,
        kind: input.kind,
        valid_from: input.validFrom,
        valid_to: input.validTo,
        legal_ref: input.legalRef,
        source: input.source,
      });
      await recordAudit(trx, ctx, {
        action: 'geo.agency.create',
        entity: 'vss_agency',
        entityId: agency.id,
        changes: { after: input },
      });
      return agency;
    });
  } catch (error) {
    if (isConflict(error))
      throw geoErrors.conflict(`Agency ${input.code}`, `Cơ quan ${input.code}`);
    throw error;
  }
}

export interface JurisdictionInput {
  unitCode: string;
  validFrom: string;
  validTo: string | null;
  legalRef: string;
}

export async function addJurisdiction(
  db: Db,
  ctx: ActorContext,
  agencyCode: string,
  input: JurisdictionInput,
) {
  checkPeriod(input.validFrom, input.validTo);
  const { agency } = await getAgency(db, agencyCode, input.validFrom);
  const outside = (to: string | null, limit: string | null) =>
    limit !== null && (to === null || to > limit);
  if (outside(input.validTo, agency.valid_to)) {
    throw geoErrors.periodOutside(`agency ${agencyCode}`, `cơ quan ${agencyCode}`);
  }
  const unit = await resolveUnit(db, input.unitCode, input.validFrom);
  if (outside(input.validTo, unit.valid_to)) {
    throw geoErrors.periodOutside(`unit ${input.unitCode}`, `đơn vị ${input.unitCode}`);
  }
  try {
    return await db.transaction().execute(async (trx) => {
      const id = await repo.insertJurisdiction(trx, {
        agency_id: agency.id,
        admin_unit_id: unit.id,
        valid_from: input.validFrom,
        valid_to: input.validTo,
        legal_ref: input.legalRef,
      });
      await recordAudit(trx, ctx, {
        action: 'geo.jurisdiction.create',
        entity: 'vss_agency_jurisdiction',
        entityId: id,
        changes: { after: { agency: agencyCode, ...input } },
      });
      return { id, agency, unit };
    });
  } catch (error) {
    if (isConflict(error)) {
      throw geoErrors.conflict(
        `Jurisdiction over ${input.unitCode}`,
        `Thẩm quyền đối với ${input.unitCode}`,
      );
    }
    throw error;
  }
}
