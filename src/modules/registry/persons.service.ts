// Use cases on persons. Reads are narrowed to the caller's reach in SQL; a person outside it
// is "not found", so the API does not confirm that a record exists elsewhere.
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { isConflict } from '../../platform/db/pg-errors.js';
import { todayInVietnam } from '../../platform/dates.js';
import { searchKey } from '../../platform/text.js';
import { reachesUnit, reachOf, type Reach } from '../auth/index.js';
import { resolveUnit, unitsWithinScope } from '../geo/index.js';
import { communesOf, presentPerson } from './persons.presenter.js';
import * as repo from './persons.repo.js';
import { registryErrors } from './registry.errors.js';
import { writableCommune } from './writable-commune.js';
import { birthProvinceCodes } from './birth-provinces.js';
import { checkNationalId, checkSiNumber } from './national-id.js';

/** No scope filter: only to tell, for the audit trail, whether a refused id exists. */
const UNSCOPED: Reach = { all: true, unitIds: [], facilityCodes: [], employerTaxCodes: [] };

export interface PersonQuery {
  q?: string | undefined;
  unitCode?: string | undefined;
  cursor?: number | undefined;
  limit: number;
}

async function present(db: Db, actor: Actor, rows: repo.PersonRow[]) {
  const full = await reachOf(db, actor, 'registry.read_full');
  const communeOf = await communesOf(db, rows);
  return rows.map((r) =>
    presentPerson(r, communeOf(r.commune_id), reachesUnit(full, r.commune_id)),
  );
}

/**
 * Searching by the first digits of a national ID would let a caller who sees IDs masked
 * recover them digit by digit; such callers may only look up a whole number.
 */
async function idSearch(db: Db, actor: Actor, reach: Reach, digits: string) {
  const full = await reachOf(db, actor, 'registry.read_full');
  const inFull = full.all || (!reach.all && reach.unitIds.every((id) => reachesUnit(full, id)));
  if (!inFull && digits.length !== 12) throw registryErrors.wholeIdRequired();
  return { digits, prefix: inFull };
}

/** A 10-digit SI number, or a card number (its last 10 characters are the SI number). */
function siNumberIn(q: string): string | undefined {
  if (/^\d{10}$/.test(q)) return q;
  const card = q.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z]{2}[1-5]\d{12}$/.test(card) ? card.slice(5) : undefined;
}

async function filterOf(
  db: Db,
  actor: Actor,
  reach: Reach,
  query: PersonQuery,
): Promise<repo.PersonFilter> {
  const unit = query.unitCode ? await resolveUnit(db, query.unitCode, todayInVietnam()) : null;
  const q = query.q?.trim();
  const si = q === undefined ? undefined : siNumberIn(q);
  const byId = si === undefined && q !== undefined && /^\d+$/.test(q);
  return {
    limit: query.limit,
    ...(si ? { siNumber: si } : {}),
    ...(byId ? { nationalId: await idSearch(db, actor, reach, q) } : {}),
    ...(q && !byId && !si ? { nameKey: searchKey(q) } : {}),
    ...(unit ? { unitIds: await unitsWithinScope(db, [unit.id]) } : {}),
    ...(query.cursor ? { afterId: query.cursor } : {}),
  };
}

export async function listPersons(db: Db, actor: Actor, query: PersonQuery) {
  const reach = await reachOf(db, actor, 'registry.read');
  const filter = await filterOf(db, actor, reach, query);
  const rows = await repo.listPersons(db, reach, { ...filter, limit: query.limit + 1 });
  if ((filter.nationalId && !filter.nationalId.prefix) || filter.siNumber) {
    // a masked ID shows all but a few digits: guessing the rest takes searches, so each one
    // leaves a trace (not the number searched)
    await db.transaction().execute((trx) =>
      recordAudit(trx, actor, {
        action: 'person.search_by_id',
        entity: 'person',
        entityId: rows[0]?.id ?? null,
        changes: { found: rows.length },
      }),
    );
  }
  const page = rows.slice(0, query.limit);
  const nextCursor = rows.length > query.limit ? String(page.at(-1)!.id) : null;
  return { items: await present(db, actor, page), nextCursor };
}

/** A person's record; the read itself is audited (who looked at whom, and whether in full). */
export async function getPerson(db: Db, actor: Actor, id: number) {
  const reach = await reachOf(db, actor, 'registry.read');
  const row = await repo.personById(db, reach, id);
  if (!row) {
    // the caller hears "not found" either way; the trail keeps reaches for people elsewhere
    if (await repo.personById(db, UNSCOPED, id)) {
      await db.transaction().execute((trx) =>
        recordAudit(trx, actor, {
          action: 'person.read_denied',
          entity: 'person',
          entityId: id,
          changes: {},
        }),
      );
    }
    throw registryErrors.personNotFound();
  }
  const [person] = await present(db, actor, [row]);
  await db.transaction().execute((trx) =>
    recordAudit(trx, actor, {
      action: 'person.read',
      entity: 'person',
      entityId: id,
      changes: { full: !person!.masked },
    }),
  );
  return person!;
}

export interface NewPerson {
  nationalId: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  phone?: string | undefined;
  communeCode: string;
  siNumber?: string | undefined;
  ethnicity?: string | undefined;
}

/** The ID must agree with the birth date and sex typed with it (Circular 59/2021/TT-BCA). */
async function checkIdentity(db: Db, input: NewPerson) {
  const problem =
    checkNationalId(input.nationalId, input.birthDate, input.sex, await birthProvinceCodes(db)) ??
    (input.siNumber === undefined ? null : checkSiNumber(input.siNumber));
  if (problem) throw registryErrors.invalidField(problem);
}

export async function createPerson(db: Db, actor: Actor, input: NewPerson) {
  const reach = await reachOf(db, actor, 'registry.write');
  const commune = await writableCommune(db, reach, input.communeCode);
  await checkIdentity(db, input);
  try {
    const row = await db.transaction().execute(async (trx) => {
      const saved = await repo.insertPerson(trx, {
        national_id: input.nationalId,
        full_name: input.fullName.trim(),
        search_key: searchKey(input.fullName),
        birth_date: input.birthDate,
        sex: input.sex,
        phone: input.phone ?? null,
        commune_id: commune.id,
        si_number: input.siNumber ?? null,
        ...(input.ethnicity ? { ethnicity: input.ethnicity } : {}),
      });
      await trx
        .insertInto('person_residence')
        .values({ person_id: saved.id, commune_id: commune.id, valid_from: todayInVietnam() })
        .execute();
      // the audit keeps where and when, not the identifiers themselves
      await recordAudit(trx, actor, {
        action: 'person.create',
        entity: 'person',
        entityId: saved.id,
        changes: { communeCode: commune.code },
      });
      return saved;
    });
    return (await present(db, actor, [row]))[0]!;
  } catch (error) {
    if (!isConflict(error)) throw error;
    if (String((error as { constraint?: string }).constraint).includes('si_number'))
      throw registryErrors.duplicateSiNumber();
    // a 409 says the ID exists somewhere: keep a trace, so probing for people shows up
    await db.transaction().execute((trx) =>
      recordAudit(trx, actor, {
        action: 'person.create_conflict',
        entity: 'person',
        entityId: null,
        changes: { communeCode: commune.code },
      }),
    );
    throw registryErrors.duplicateNationalId();
  }
}

export { filterOf };
