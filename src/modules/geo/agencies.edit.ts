// Operators complete and correct what the published data lacks: add agencies and
// jurisdictions, end or correct them, remove a mistaken jurisdiction. Every change is audited
// in its transaction; overlapping periods are refused (409) by the database's constraints.
import type { Db, Tx } from '../../db-schema.js';
import { recordAudit, type ActorContext } from '../../platform/audit.js';
import { isConflict } from '../../platform/db/pg-errors.js';
import type { AppError } from '../../platform/errors.js';
import * as repo from './agencies.repo.js';
import { getAgency } from './agencies.service.js';
import { geoErrors } from './geo.errors.js';
import { checkDate, resolveUnit } from './geo.service.js';

function checkPeriod(from: string, to: string | null): void {
  checkDate(from);
  if (to !== null && to <= from) throw geoErrors.periodInvalid();
}

/** Does a period ending `to` (null = open) run past a limit ending `limit`? */
const runsPast = (to: string | null, limit: string | null) =>
  limit !== null && (to === null || to > limit);

async function audited<T>(
  db: Db,
  onConflict: () => AppError,
  work: (trx: Tx) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    throw isConflict(error) ? onConflict() : error;
  }
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

export function createAgency(db: Db, ctx: ActorContext, input: AgencyInput) {
  checkPeriod(input.validFrom, input.validTo);
  const conflict = () => geoErrors.conflict(`Agency ${input.code}`, `Cơ quan ${input.code}`);
  return audited(db, conflict, async (trx) => {
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
}

export interface AgencyPatchInput {
  name?: string;
  validTo?: string | null;
  legalRef?: string;
  source?: string;
}

export async function updateAgency(
  db: Db,
  ctx: ActorContext,
  code: string,
  at: string,
  patch: AgencyPatchInput,
) {
  const { agency, jurisdictions } = await getAgency(db, code, at);
  if (patch.validTo !== undefined) {
    checkPeriod(agency.valid_from, patch.validTo);
    const all = await repo.jurisdictions(db, { agencyIds: [agency.id] });
    if (all.some((j) => runsPast(j.valid_to, patch.validTo ?? null)))
      throw geoErrors.jurisdictionsOutlive(code);
  }
  const conflict = () => geoErrors.conflict(`Agency ${code}`, `Cơ quan ${code}`);
  return audited(db, conflict, async (trx) => {
    const updated = await repo.updateAgency(trx, agency.id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.validTo !== undefined ? { valid_to: patch.validTo } : {}),
      ...(patch.legalRef !== undefined ? { legal_ref: patch.legalRef } : {}),
      ...(patch.source !== undefined ? { source: patch.source } : {}),
    });
    await recordAudit(trx, ctx, {
      action: 'geo.agency.update',
      entity: 'vss_agency',
      entityId: agency.id,
      changes: { before: agency, after: updated },
    });
    return { agency: updated, jurisdictions };
  });
}

/** A jurisdiction ends no later than its agency and its unit. */
function checkJurisdictionEnd(
  to: string | null,
  agency: repo.AgencyRow,
  unitCode: string,
  unitValidTo: string | null,
): void {
  if (runsPast(to, agency.valid_to)) {
    throw geoErrors.periodOutside(`agency ${agency.code}`, `cơ quan ${agency.code}`);
  }
  if (runsPast(to, unitValidTo)) {
    throw geoErrors.periodOutside(`unit ${unitCode}`, `đơn vị ${unitCode}`);
  }
}

const jurisdictionConflict = (unitCode: string) => () =>
  geoErrors.conflict(`Jurisdiction over ${unitCode}`, `Thẩm quyền đối với ${unitCode}`);

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
  const unit = await resolveUnit(db, input.unitCode, input.validFrom);
  checkJurisdictionEnd(input.validTo, agency, input.unitCode, unit.valid_to);
  return audited(db, jurisdictionConflict(input.unitCode), async (trx) => {
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
}

async function jurisdictionOrThrow(db: Db, id: number) {
  const found = await repo.jurisdictionById(db, id);
  if (!found) throw geoErrors.jurisdictionNotFound(id);
  return found;
}

/** Ends a jurisdiction (or reopens it, or corrects its legal basis). */
export async function updateJurisdiction(
  db: Db,
  ctx: ActorContext,
  id: number,
  patch: { validTo: string | null; legalRef?: string },
) {
  const current = await jurisdictionOrThrow(db, id);
  checkPeriod(current.valid_from, patch.validTo);
  const agency = await repo.agencyById(db, current.agency_id);
  const [unit] = await repo.unitValidity(db, current.admin_unit_id);
  checkJurisdictionEnd(patch.validTo, agency, current.unit_code, unit?.valid_to ?? null);
  return audited(db, jurisdictionConflict(current.unit_code), async (trx) => {
    await repo.updateJurisdiction(trx, id, {
      valid_to: patch.validTo,
      ...(patch.legalRef ? { legal_ref: patch.legalRef } : {}),
    });
    await recordAudit(trx, ctx, {
      action: 'geo.jurisdiction.update',
      entity: 'vss_agency_jurisdiction',
      entityId: id,
      changes: { before: current, after: patch },
    });
    return agency;
  });
}

/** Removes a jurisdiction recorded by mistake; the audit event keeps what it was. */
export async function deleteJurisdiction(db: Db, ctx: ActorContext, id: number) {
  const current = await jurisdictionOrThrow(db, id);
  await db.transaction().execute(async (trx) => {
    await repo.deleteJurisdiction(trx, id);
    await recordAudit(trx, ctx, {
      action: 'geo.jurisdiction.delete',
      entity: 'vss_agency_jurisdiction',
      entityId: id,
      changes: { before: current },
    });
  });
  return repo.agencyById(db, current.agency_id);
}
