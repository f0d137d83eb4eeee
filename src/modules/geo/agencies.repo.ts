// SQL for Vietnam Social Security agencies and their effective-dated jurisdictions.
import { sql, type Selectable } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import type { VssAgencyTable } from './geo.tables.js';

type Handle = Db | Tx;

export type AgencyRow = Selectable<VssAgencyTable>;

export interface JurisdictionRow {
  id: number;
  agency_id: number;
  admin_unit_id: number;
  valid_from: string;
  valid_to: string | null;
  legal_ref: string;
  unit_code: string;
  unit_name: string;
  unit_level: string;
}

const AGENCY_COLUMNS = [
  'id',
  'code',
  'name',
  'kind',
  'valid_from',
  'valid_to',
  'legal_ref',
  'source',
] as const;

const validAt = (at: string) =>
  sql<boolean>`valid_from <= ${at}::date and (valid_to is null or valid_to > ${at}::date)`;

export function agenciesAt(db: Handle, at: string, code?: string): Promise<AgencyRow[]> {
  let query = db.selectFrom('vss_agency').select(AGENCY_COLUMNS).where(validAt(at));
  if (code) query = query.where('code', '=', code);
  return query.orderBy('kind').orderBy('code').execute();
}

export function agencyVersions(db: Handle, code: string): Promise<AgencyRow[]> {
  return db.selectFrom('vss_agency').select(AGENCY_COLUMNS).where('code', '=', code).execute();
}

export function jurisdictions(
  db: Handle,
  filter: { ids?: number[]; agencyIds?: number[]; unitIds?: number[]; at?: string },
): Promise<JurisdictionRow[]> {
  let query = db
    .selectFrom('vss_agency_jurisdiction as j')
    .innerJoin('admin_unit as u', 'u.id', 'j.admin_unit_id')
    .select([
      'j.id',
      'j.agency_id',
      'j.admin_unit_id',
      'j.valid_from',
      'j.valid_to',
      'j.legal_ref',
      'u.code as unit_code',
      'u.name as unit_name',
      'u.level as unit_level',
    ]);
  if (filter.ids) query = query.where('j.id', 'in', filter.ids);
  if (filter.agencyIds) query = query.where('j.agency_id', 'in', filter.agencyIds);
  if (filter.unitIds) query = query.where('j.admin_unit_id', 'in', filter.unitIds);
  if (filter.at) {
    const at = filter.at;
    query = query.where(
      sql<boolean>`j.valid_from <= ${at}::date and (j.valid_to is null or j.valid_to > ${at}::date)`,
    );
  }
  return query.orderBy('u.code').execute();
}

export async function insertAgency(db: Handle, row: Omit<AgencyRow, 'id'>): Promise<AgencyRow> {
  return db
    .insertInto('vss_agency')
    .values(row)
    .returning(AGENCY_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function insertJurisdiction(
  db: Handle,
  row: {
    agency_id: number;
    admin_unit_id: number;
    valid_from: string;
    valid_to: string | null;
    legal_ref: string;
  },
): Promise<number> {
  const inserted = await db
    .insertInto('vss_agency_jurisdiction')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export function agencyById(db: Handle, id: number): Promise<AgencyRow> {
  return db
    .selectFrom('vss_agency')
    .select(AGENCY_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export interface AgencyPatch {
  name?: string;
  valid_to?: string | null;
  legal_ref?: string;
  source?: string;
}

export function updateAgency(trx: Tx, id: number, patch: AgencyPatch): Promise<AgencyRow> {
  return trx
    .updateTable('vss_agency')
    .set(patch)
    .where('id', '=', id)
    .returning(AGENCY_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function jurisdictionById(
  db: Handle,
  id: number,
): Promise<JurisdictionRow | undefined> {
  const all = await jurisdictions(db, { ids: [id] });
  return all[0];
}

export async function updateJurisdiction(
  trx: Tx,
  id: number,
  patch: { valid_to: string | null; legal_ref?: string },
): Promise<void> {
  await trx.updateTable('vss_agency_jurisdiction').set(patch).where('id', '=', id).execute();
}

export async function deleteJurisdiction(trx: Tx, id: number): Promise<void> {
  await trx.deleteFrom('vss_agency_jurisdiction').where('id', '=', id).execute();
}

export function unitValidity(db: Handle, unitId: number) {
  return db
    .selectFrom('admin_unit')
    .select(['valid_from', 'valid_to'])
    .where('id', '=', unitId)
    .execute();
}
