// Bulk loading into tables that already have constraints: an index probe per row, an
// exclusion (GiST) check per row and a foreign-key trigger per row cost PGlite 6–30 times the
// bare COPY. With exclusive use of the database (PGlite: one process by its lock file; a
// server: `--fast` on a database nobody else writes to), the loader sets unique, exclusion and
// secondary indexes aside, turns foreign-key triggers off, and afterwards rebuilds the indexes
// (sorted builds) and checks every foreign key with one anti-join per key: same guarantees,
// the checks done per set instead of per row.
import { sql } from 'kysely';
import type { Db } from '../db-schema.js';

export interface SetAside {
  table: string;
  name: string;
  kind: 'constraint' | 'index';
  definition: string;
}

const list = (tables: readonly string[]) => sql.join(tables.map((t) => sql`${t}::regclass`));

/** Drops unique (unless a foreign key uses it), exclusion and secondary indexes of the tables. */
export async function setAsideIndexes(db: Db, tables: readonly string[]): Promise<SetAside[]> {
  const { rows } = await sql<SetAside>`
    select c.conrelid::regclass::text as table, c.conname as name, 'constraint' as kind,
           pg_get_constraintdef(c.oid) as definition
    from pg_constraint c
    where c.conrelid in (${list(tables)}) and c.contype in ('u', 'x')
      and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid)
    union all
    select i.indrelid::regclass::text, x.relname, 'index', pg_get_indexdef(i.indexrelid)
    from pg_index i join pg_class x on x.oid = i.indexrelid
    where i.indrelid in (${list(tables)}) and not i.indisprimary
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
    order by 1, 2`.execute(db);
  for (const r of rows) {
    if (r.kind === 'constraint')
      await sql`alter table ${sql.table(r.table)} drop constraint ${sql.ref(r.name)}`.execute(db);
    else await sql`drop index ${sql.ref(r.name)}`.execute(db);
  }
  return rows;
}

/**
 * Rebuilds what setAsideIndexes dropped, with the definitions the catalogue gave, on one
 * connection with a larger maintenance_work_mem (exclusion constraints build a third faster).
 */
export async function restoreIndexes(db: Db, setAside: readonly SetAside[]): Promise<void> {
  await db.connection().execute(async (conn) => {
    const { rows } = await sql<{ m: string }>`show maintenance_work_mem`.execute(conn);
    await sql`set maintenance_work_mem = '512MB'`.execute(conn);
    for (const r of setAside) {
      if (r.kind === 'index') await sql.raw(r.definition).execute(conn);
      else
        await sql`alter table ${sql.table(r.table)} add constraint ${sql.ref(r.name)} ${sql.raw(r.definition)}`.execute(
          conn,
        );
    }
    await sql`set maintenance_work_mem = ${sql.lit(rows[0]?.m ?? '64MB')}`.execute(conn);
  });
}

/**
 * Turns the tables' triggers (foreign-key checks among them) off or on. Needs the table owner
 * and, for the foreign-key triggers, a superuser (PGlite runs as one).
 */
export async function setTriggers(db: Db, tables: readonly string[], on: boolean): Promise<void> {
  for (const t of tables)
    await sql`alter table ${sql.table(t)} ${sql.raw(on ? 'enable' : 'disable')} trigger all`.execute(
      db,
    );
}

/** The embedded engine: one session, so a transaction opened with BEGIN spans COPY too. */
export async function isEmbedded(db: Db): Promise<boolean> {
  const { rows } = await sql<{ v: string }>`select version() as v`.execute(db);
  return /PGlite|emscripten/i.test(rows[0]?.v ?? '');
}

/** Every single-column foreign key of the tables, checked with one anti-join each. */
export async function checkForeignKeys(db: Db, tables: readonly string[]): Promise<void> {
  const { rows } = await sql<{
    name: string;
    child: string;
    column: string;
    parent: string;
    key: string;
  }>`
    select c.conname as name, c.conrelid::regclass::text as child, a.attname as column,
           c.confrelid::regclass::text as parent, b.attname as key
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_attribute b on b.attrelid = c.confrelid and b.attnum = c.confkey[1]
    where c.contype = 'f' and c.conrelid in (${list(tables)}) and cardinality(c.conkey) = 1`.execute(
    db,
  );
  for (const fk of rows) {
    const { rows: bad } = await sql<{ value: string }>`
      select ch.${sql.ref(fk.column)}::text as value from ${sql.table(fk.child)} ch
      where ch.${sql.ref(fk.column)} is not null and not exists (
        select 1 from ${sql.table(fk.parent)} p where p.${sql.ref(fk.key)} = ch.${sql.ref(fk.column)})
      limit 1`.execute(db);
    if (bad.length > 0)
      throw new Error(
        `generator: ${fk.child}.${fk.column} = ${bad[0]!.value} has no ${fk.parent} (${fk.name})`,
      );
  }
}
