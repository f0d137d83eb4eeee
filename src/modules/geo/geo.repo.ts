// SQL for administrative units and their succession. Functions take the Kysely handle (or a
// transaction) first; nothing here decides policy.
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import { escapeLike } from '../../platform/text.js';
import type { AdminUnitSuccessionTable, AdminUnitTable } from './geo.tables.js';

type Handle = Db | Tx;
export type Level = AdminUnitTable['level'];

export type UnitRow = Omit<Selectable<AdminUnitTable>, 'search_key'>;

// Long id lists go as one array parameter (= any($1)): an IN list of 10,000 parameters costs
// more to plan than the query costs to run.
const anyId = (ids: number[]) => sql<number>`any(${ids}::bigint[])`;
const anyText = (values: string[]) => sql<string>`any(${values}::text[])`;

const UNIT_COLUMNS = [
  'id',
  'level',
  'code',
  'name',
  'short_name',
  'unit_type',
  'parent_id',
  'valid_from',
  'valid_to',
  'source',
  'legal_ref',
] as const;

function validAt(at: string) {
  return sql<boolean>`valid_from <= ${at}::date and (valid_to is null or valid_to > ${at}::date)`;
}

export function unitsByCode(db: Handle, code: string, level?: Level): Promise<UnitRow[]> {
  let query = db.selectFrom('admin_unit').select(UNIT_COLUMNS).where('code', '=', code);
  if (level) query = query.where('level', '=', level);
  return query.orderBy('valid_from').execute();
}

export function unitsByIds(db: Handle, ids: number[]): Promise<UnitRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('admin_unit').select(UNIT_COLUMNS).where('id', '=', anyId(ids)).execute();
}

export interface ListFilter {
  at: string;
  level?: Level;
  parentId?: number;
  search?: string;
  after?: { rank: number; code: string; id: number };
  limit: number;
}

/** Higher levels first, so a search for "hai duong" shows the province before communes. */
export const LEVEL_RANK: Record<Level, number> = {
  country: 0,
  province: 1,
  district: 2,
  commune: 3,
};
const levelRank = sql<number>`case level when 'country' then 0 when 'province' then 1
  when 'district' then 2 else 3 end`;

/**
 * Units valid at a date, by level then code. A search matches whole words from their start,
 * with or without diacritics: "hai duong" finds "Tỉnh Hải Dương", not "Xã Thái Dương".
 */
export function listUnits(db: Handle, f: ListFilter): Promise<UnitRow[]> {
  let query = db.selectFrom('admin_unit').select(UNIT_COLUMNS).where(validAt(f.at));
  if (f.level) query = query.where('level', '=', f.level);
  if (f.parentId !== undefined) query = query.where('parent_id', '=', f.parentId);
  if (f.search) {
    const term = escapeLike(f.search);
    query = query.where((eb) =>
      eb.or([eb('search_key', 'like', `${term}%`), eb('search_key', 'like', `% ${term}%`)]),
    );
  }
  if (f.after) {
    const { rank, code, id } = f.after;
    query = query.where(sql<boolean>`(${levelRank}, code, id) > (${rank}, ${code}, ${id})`);
  }
  return query.orderBy(levelRank).orderBy('code').orderBy('id').limit(f.limit).execute();
}

export async function countChildren(db: Handle, parentIds: number[], at: string) {
  if (parentIds.length === 0) return new Map<number, number>();
  const rows = await db
    .selectFrom('admin_unit')
    .select(['parent_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('parent_id', '=', anyId(parentIds))
    .where(validAt(at))
    .groupBy('parent_id')
    .execute();
  return new Map(rows.map((r) => [r.parent_id!, Number(r.n)]));
}

/** The unit and its ancestors, nearest first. */
export async function ancestry(db: Handle, id: number): Promise<UnitRow[]> {
  const result = await sql<UnitRow>`
    with recursive chain as (
      select u.*, 0 as depth from admin_unit u where u.id = ${id}
      union all
      select p.*, c.depth + 1 from admin_unit p join chain c on p.id = c.parent_id
    )
    select ${sql.join(UNIT_COLUMNS.map((c) => sql.ref(c)))} from chain order by depth`.execute(db);
  return result.rows;
}

export interface EdgeRow {
  id: number;
  predecessor_id: number;
  successor_id: number;
  share: string;
  share_method: string;
  share_note: string;
}

const EDGE_COLUMNS = [
  'id',
  'predecessor_id',
  'successor_id',
  'share',
  'share_method',
  'share_note',
] as const;

export function edgesFrom(db: Handle, predecessorIds: number[]): Promise<EdgeRow[]> {
  if (predecessorIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('admin_unit_succession')
    .select(EDGE_COLUMNS)
    .where('predecessor_id', '=', anyId(predecessorIds))
    .execute();
}

export function edgesInto(db: Handle, successorIds: number[]): Promise<EdgeRow[]> {
  if (successorIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('admin_unit_succession')
    .select(EDGE_COLUMNS)
    .where('successor_id', '=', anyId(successorIds))
    .execute();
}

export function allEdges(db: Handle): Promise<EdgeRow[]> {
  return db.selectFrom('admin_unit_succession').select(EDGE_COLUMNS).execute();
}

/** Units valid at a date among the given codes (any level); one query for many codes. */
export function unitsByCodesAt(db: Handle, codes: string[], at: string): Promise<UnitRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('admin_unit')
    .select(UNIT_COLUMNS)
    .where('code', '=', anyText(codes))
    .where(validAt(at))
    .execute();
}

const GAP_COLUMNS = ['u.id', 'u.level', 'u.code', 'u.name', 'u.valid_from', 'u.valid_to'] as const;

export function unitsWithoutSuccessor(db: Handle) {
  return db
    .selectFrom('admin_unit as u')
    .select(GAP_COLUMNS)
    .where('u.valid_to', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('admin_unit_succession as s')
            .select('s.id')
            .whereRef('s.predecessor_id', '=', 'u.id'),
        ),
      ),
    )
    .orderBy('u.level')
    .orderBy('u.code')
    .execute();
}

/** Units that began after the earliest records and were given no predecessor. */
export function unitsWithoutPredecessor(db: Handle) {
  return db
    .selectFrom('admin_unit as u')
    .select(GAP_COLUMNS)
    .where('u.level', '!=', 'country')
    .where(
      'u.valid_from',
      '>',
      db
        .selectFrom('admin_unit')
        .select((eb) => eb.fn.min('valid_from').as('first_day'))
        .where('level', '!=', 'country'),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('admin_unit_succession as s')
            .select('s.id')
            .whereRef('s.successor_id', '=', 'u.id'),
        ),
      ),
    )
    .orderBy('u.level')
    .orderBy('u.code')
    .execute();
}

/** Every unit valid at a date (at most ~14,000 rows: one query for a whole tree). */
export function unitsValidAt(db: Handle, at: string): Promise<UnitRow[]> {
  return db
    .selectFrom('admin_unit')
    .select(UNIT_COLUMNS)
    .where(validAt(at))
    .orderBy('code')
    .execute();
}

/** Row lock on a unit for the rest of the transaction. */
export async function lockUnit(trx: Tx, id: number): Promise<void> {
  await trx.selectFrom('admin_unit').select('id').where('id', '=', id).forUpdate().execute();
}

export type NewEdge = Omit<Insertable<AdminUnitSuccessionTable>, 'predecessor_id'>;

/** Replaces every succession edge of a predecessor (the share-sum check runs at commit). */
export async function replaceEdges(
  trx: Tx,
  predecessorId: number,
  edges: NewEdge[],
): Promise<void> {
  await trx
    .deleteFrom('admin_unit_succession')
    .where('predecessor_id', '=', predecessorId)
    .execute();
  await trx
    .insertInto('admin_unit_succession')
    .values(edges.map((e) => ({ ...e, predecessor_id: predecessorId })))
    .execute();
}

/** Every unit of a level, whatever its validity. */
export function unitsAtLevel(db: Handle, level: Level): Promise<UnitRow[]> {
  return db
    .selectFrom('admin_unit')
    .select(UNIT_COLUMNS)
    .where('level', '=', level)
    .orderBy('code')
    .execute();
}
