import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/test-db.js';
import type { Database } from './database.js';
import { executePrepared } from './prepared.js';

interface Probe {
  prepared_probe: { id: number; label: string };
}

describe('executePrepared', () => {
  let database: Database<Probe>;
  let db: Kysely<Probe>;
  beforeAll(async () => {
    database = (await createTestDatabase()) as unknown as Database<Probe>;
    db = database.kysely;
    await sql`create table prepared_probe (id int primary key, label text not null)`.execute(db);
    await sql`insert into prepared_probe values (1, 'một'), (2, 'hai')`.execute(db);
  });
  afterAll(() => database.close());

  const byId = (handle: Kysely<Probe>, id: number) =>
    handle.selectFrom('prepared_probe').select(['id', 'label']).where('id', '=', id);

  it('returns the rows of the query, with each call its own values', async () => {
    expect(await executePrepared(db, byId(db, 1))).toEqual([{ id: 1, label: 'một' }]);
    expect(await executePrepared(db, byId(db, 2))).toEqual([{ id: 2, label: 'hai' }]);
    expect(await executePrepared(db, byId(db, 3))).toEqual([]);
  });

  it('on PostgreSQL, keeps the text as a named statement of the connection', async () => {
    if (database.engine !== 'postgres') return; // PGlite: nothing to prepare over a wire
    await db.connection().execute(async (conn) => {
      await executePrepared(conn, byId(conn, 1));
      const { rows } = await sql<{ name: string; statement: string }>`
        select name, statement from pg_prepared_statements`.execute(conn);
      expect(rows).toContainEqual({
        name: expect.stringMatching(/^ansinh_\d+$/),
        statement: byId(conn, 1).compile().sql,
      });
      // an unmarked query is not kept
      await byId(conn, 2).where('label', '=', 'hai').execute();
      const after = await sql<{ n: number }>`
        select count(*)::int n from pg_prepared_statements`.execute(conn);
      expect(after.rows[0]!.n).toBe(rows.length);
    });
  });
});
