// Lookups other modules need without a scope filter: the card check answers facilities about
// any insured person in the country (patients travel), and checks them by national ID or SI
// number. Only services guarded by `card.check` call these; they return no contact details.
import type { Selectable } from 'kysely';
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { reachOf } from '../auth/index.js';
import { personById } from './persons.repo.js';
import type { PersonTable } from './registry.tables.js';
import { registryErrors } from './registry.errors.js';

export interface Holder {
  id: number;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  siNumber: string | null;
}

export type HolderKey = { nationalId: string } | { siNumber: string };

/**
 * The holder's row as a query not yet run, so the card check can send it together with the
 * cards in one statement; the registry keeps the SQL of its own table.
 */
export function holderQuery(db: Db, key: HolderKey) {
  const query = db
    .selectFrom('person')
    .select(['id', 'full_name', 'birth_date', 'sex', 'si_number'])
    .limit(1);
  return 'nationalId' in key
    ? query.where('national_id', '=', key.nationalId)
    : query.where('si_number', '=', key.siNumber);
}

export type HolderRow = Pick<
  Selectable<PersonTable>,
  'id' | 'full_name' | 'birth_date' | 'sex' | 'si_number'
>;

export function holderOf(row: HolderRow): Holder {
  return {
    id: row.id,
    fullName: row.full_name,
    birthDate: row.birth_date,
    sex: row.sex,
    siNumber: row.si_number,
  };
}

const FACILITY_TTL_MS = 60_000;
const facilityCache = new WeakMap<Db, { at: number; names: Map<string, string> }>();

/** Facility names by code, cached a minute per database (reference data, a few thousand rows). */
export async function facilityNames(db: Db): Promise<ReadonlyMap<string, string>> {
  const cached = facilityCache.get(db);
  if (cached && Date.now() - cached.at < FACILITY_TTL_MS) return cached.names;
  const rows = await db.selectFrom('facility').select(['code', 'name']).execute();
  const names = new Map(rows.map((r) => [r.code, r.name]));
  facilityCache.set(db, { at: Date.now(), names });
  return names;
}

/**
 * A person the actor may act on under `permission` (their commune in the actor's reach), for
 * other modules' writes and reads about that person; "not found" otherwise.
 */
export async function personInReach(db: Db, actor: Actor, personId: number, permission: string) {
  const reach = await reachOf(db, actor, permission);
  const row = await personById(db, reach, personId);
  if (!row) throw registryErrors.personNotFound();
  return {
    id: row.id,
    communeId: row.commune_id,
    siNumber: row.si_number,
    birthDate: row.birth_date,
    fullName: row.full_name,
    householdId: row.household_id,
    householdRelation: row.household_relation,
  };
}

/** An employer's id and name by tax code (reference for coverage periods paid by employers). */
export function employerByTaxCode(db: Db, taxCode: string) {
  return db
    .selectFrom('employer')
    .select(['id', 'name', 'tax_code'])
    .where('tax_code', '=', taxCode)
    .executeTakeFirst();
}

/** An active facility that accepts primary-care registration. */
export function primaryFacility(db: Db, code: string) {
  return db
    .selectFrom('facility')
    .select(['code', 'name'])
    .where('code', '=', code)
    .where('status', '=', 'active')
    .where('primary_care', '=', true)
    .executeTakeFirst();
}

/** Employer names by id, for timelines. */
export async function employerNames(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return new Map<number, { name: string; taxCode: string }>();
  const rows = await db
    .selectFrom('employer')
    .select(['id', 'name', 'tax_code'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, taxCode: r.tax_code }]));
}
