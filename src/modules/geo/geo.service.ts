// Use cases of reading the geography: resolve a code at a date, list, search, walk the tree.
// Exported for other modules: resolveUnit, unitAncestry, isUnitValidAt.
import type { Db, Tx } from '../../db-schema.js';
import { withinValidity } from '../../platform/dates.js';
import { commonErrors } from '../../platform/errors.js';
import { searchKey } from '../../platform/text.js';
import { geoErrors } from './geo.errors.js';
import * as repo from './geo.repo.js';
import type { Level, UnitRow } from './geo.repo.js';
import { COUNTRY_FROM } from './seed/dates.js';

export type { Level, UnitRow };

export function codeLevel(code: string): Level {
  if (code === 'VN') return 'country';
  if (/^\d{2}$/.test(code)) return 'province';
  if (/^\d{3}$/.test(code)) return 'district';
  if (/^\d{5}$/.test(code)) return 'commune';
  throw geoErrors.codeMalformed(code);
}

export function checkDate(at: string): void {
  if (at < COUNTRY_FROM) throw geoErrors.dateOutOfRange(at);
}

export function isUnitValidAt(unit: UnitRow, at: string): boolean {
  return withinValidity(at, unit.valid_from, unit.valid_to);
}

/** The unit a code names at a date; 404 with the code's other periods when there is none. */
export async function resolveUnit(db: Db | Tx, code: string, at: string): Promise<UnitRow> {
  checkDate(at);
  const versions = await repo.unitsByCode(db, code, codeLevel(code));
  const hit = versions.find((v) => isUnitValidAt(v, at));
  if (hit) return hit;
  if (versions.length === 0) throw geoErrors.unitNotFound(code);
  throw geoErrors.unitNotValidAt(
    code,
    at,
    versions.map((v) => ({
      name: v.name,
      level: v.level,
      validFrom: v.valid_from,
      validTo: v.valid_to,
    })),
  );
}

export async function unitVersions(db: Db, code: string): Promise<UnitRow[]> {
  const versions = await repo.unitsByCode(db, code, codeLevel(code));
  if (versions.length === 0) throw geoErrors.unitNotFound(code);
  return versions;
}

export function unitAncestry(db: Db | Tx, unit: UnitRow): Promise<UnitRow[]> {
  return repo.ancestry(db, unit.id);
}

export async function childCount(db: Db, unit: UnitRow, at: string): Promise<number> {
  return (await repo.countChildren(db, [unit.id], at)).get(unit.id) ?? 0;
}

export interface ListQuery {
  at: string;
  level?: Level;
  parentCode?: string;
  q?: string;
  limit: number;
  cursor?: string;
}

export function encodeCursor(row: UnitRow): string {
  return Buffer.from(`${repo.LEVEL_RANK[row.level]}|${row.code}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { rank: number; code: string; id: number } {
  const [rank, code, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const valid =
    rank &&
    code &&
    id &&
    /^\d$/.test(rank) &&
    /^[0-9A-Z]{2,5}$/.test(code) &&
    /^\d{1,15}$/.test(id);
  if (!valid) {
    throw commonErrors.validation([
      { in: 'querystring', field: 'cursor', problem: 'not a cursor from this list' },
    ]);
  }
  return { rank: Number(rank), code, id: Number(id) };
}

export async function listUnits(db: Db, query: ListQuery) {
  checkDate(query.at);
  const search = query.q === undefined ? undefined : searchKey(query.q);
  if (search === '') {
    throw commonErrors.validation([
      { in: 'querystring', field: 'q', problem: 'has no letters or digits' },
    ]);
  }
  const parent = query.parentCode ? await resolveUnit(db, query.parentCode, query.at) : undefined;
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const rows = await repo.listUnits(db, {
    at: query.at,
    limit: query.limit + 1,
    ...(query.level ? { level: query.level } : {}),
    ...(parent ? { parentId: parent.id } : {}),
    ...(search ? { search } : {}),
    ...(after ? { after } : {}),
  });
  const page = rows.slice(0, query.limit);
  const childCounts = await repo.countChildren(
    db,
    page.map((r) => r.id),
    query.at,
  );
  const parents = new Map(
    (
      await repo.unitsByIds(db, [
        ...new Set(page.flatMap((r) => (r.parent_id ? [r.parent_id] : []))),
      ])
    ).map((p) => [p.id, p]),
  );
  return {
    items: page.map((row) => ({
      row,
      parent: row.parent_id ? parents.get(row.parent_id) : undefined,
      childCount: childCounts.get(row.id) ?? 0,
    })),
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}
