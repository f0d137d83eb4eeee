// residentsAt: the query builder other modules aggregate over, checked against plain SQL.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/test-db.js';
import type { DB, Db } from '../../db-schema.js';
import type { Database } from '../../platform/db/database.js';
import { resolveUnit, unitsWithinScope } from '../geo/index.js';
import { holdersOf, residentsAt } from './eligibility.query.js';

let database: Database<DB>;
let db: Db;
let communeIds: number[];
const AT = '2026-03-01';

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.kysely;
  communeIds = await unitsWithinScope(db, [(await resolveUnit(db, '31', AT)).id]);
});
afterAll(() => database.close());

async function plain(where: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from person_residence r join person p on p.id = r.person_id
    where r.commune_id = any(${communeIds}::bigint[])
      and r.valid_from <= ${AT}::date and (r.valid_to is null or r.valid_to > ${AT}::date)
      and ${sql.raw(where)}`.execute(db);
  return rows[0]!.n;
}

const count = async (o: Partial<Parameters<typeof residentsAt>[1]>) => {
  const q = residentsAt(db, { communeIds, at: AT, statuses: ['poor', 'near_poor'], ...o });
  const row = await db
    .selectFrom(q.as('res'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

const holds = (status: string) => `exists (select 1 from person_status s where
  s.person_id = p.id and s.status = '${status}' and s.valid_from <= '${AT}'
  and (s.valid_to is null or s.valid_to > '${AT}'))`;

describe('residents of communes on a date', () => {
  it('lists each resident once, with a bit for each requested status held', async () => {
    expect(await count({})).toBe(await plain('true'));
    const statuses = ['poor', 'near_poor'];
    const rows = await residentsAt(db, { communeIds, at: AT, statuses })
      .where('r.person_id', 'in', holdersOf(db, statuses, AT))
      .execute();
    const bits = (n: number) => rows.filter((r) => Number(r.status_bits) === n).length;
    expect(rows.length).toBe(await plain(`(${holds('poor')} or ${holds('near_poor')})`));
    expect(bits(1) + bits(3)).toBe(await plain(holds('poor')));
    expect(bits(2) + bits(3)).toBe(await plain(holds('near_poor')));
    expect(bits(2)).toBeGreaterThan(0);
    expect(rows.every((r) => [1, 2, 3].includes(Number(r.status_bits)))).toBe(true);
  });

  it('narrows to a birth-date band and to any of some statuses', async () => {
    const band = { bornAfter: '1951-03-01', bornOnOrBefore: '1966-03-01' };
    expect(await count(band)).toBe(
      await plain(`p.birth_date > '1951-03-01' and p.birth_date <= '1966-03-01'`),
    );
    expect(await count({ anyStatus: ['poor', 'near_poor'] })).toBe(
      await plain(`(${holds('poor')} or ${holds('near_poor')})`),
    );
  });
});
