// Bulk import throughput: `ansinh import persons` (the CLI's own service: stream, validate,
// COPY into staging, check, merge into person + person_residence with every index and
// constraint) against a raw COPY of the same CSV into an unindexed table, same server, same run.
// BENCH_IMPORT_PERSONS rows (default 1,000,000); DATABASE_URL (a scratch database) or PGlite.
// BENCH_IMPORT_PLAIN_SQL=0 skips the plain INSERT … SELECT floor (it takes as long as the
// import itself: at 10 M rows, most of an hour for the two).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { sql } from 'kysely';
import { prepareDatabase } from '../src/app.js';
import type { DB } from '../src/db-schema.js';
import { importFile } from '../src/modules/registry/import/import.cli.js';
import { copyCsv } from '../src/platform/db/copy.js';
import { openDatabaseTarget } from '../src/platform/db/database.js';
import { report } from './lib.js';
import { writeSyntheticPersons } from './import.synthetic.js';

const N = Number(process.env.BENCH_IMPORT_PERSONS ?? 1_000_000);
const target = process.env.DATABASE_URL
  ? ({ kind: 'postgres', url: process.env.DATABASE_URL } as const)
  : ({ kind: 'pglite', dataDir: null } as const);
const database = await openDatabaseTarget<DB>(target, { workMem: '64MB' });
const db = database.kysely;
await prepareDatabase(database, { demo: false, bootstrapAdmin: {}, notice: () => {} });

const file = path.join(os.tmpdir(), `ansinh-bench-persons-${process.pid}.csv`);
const communes = await db
  .selectFrom('admin_unit')
  .select('code')
  .where('level', '=', 'commune')
  .where('valid_to', 'is', null)
  .orderBy('code')
  .execute();
await writeSyntheticPersons(
  file,
  N,
  communes.map((c) => c.code),
);
// the header line only (at 10 M rows the file is larger than a string can be)
const head = Buffer.alloc(400);
const fd = fs.openSync(file, 'r');
fs.readSync(fd, head, 0, head.length, 0);
fs.closeSync(fd);
const columns = head.toString('utf8').split('\n')[0]!.split(',');

/** the file's text without its header line, for COPY */
function withoutHeader() {
  let skipped = false;
  return fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }).pipe(
    new Transform({
      readableObjectMode: true,
      transform(chunk: string, _e, done) {
        if (skipped) return done(null, chunk);
        skipped = true;
        done(null, chunk.slice(chunk.indexOf('\n') + 1));
      },
    }),
  );
}

await sql
  .raw(`create table bench_person_copy (${columns.map((c) => `${c} text`).join(', ')})`)
  .execute(db);
let start = process.hrtime.bigint();
await copyCsv(db, 'bench_person_copy', columns, withoutHeader());
const copyMs = Number(process.hrtime.bigint() - start) / 1e6;

// the database's own floor: the same rows from that table into person and person_residence by
// plain SQL (every index, exclusion constraint and foreign key, none of the import's checks)
const plainSql = process.env.BENCH_IMPORT_PLAIN_SQL !== '0';
start = process.hrtime.bigint();
if (plainSql)
  await db.transaction().execute(async (trx) => {
    await sql`insert into person (national_id, si_number, full_name, search_key, birth_date, sex,
      ethnicity, phone, commune_id)
    select b.national_id, b.si_number, b.full_name, lower(b.full_name), b.birth_date::date, b.sex,
      b.ethnicity, b.phone, c.id
    from bench_person_copy b join admin_unit c on c.code = b.commune_code and c.level = 'commune'
      and c.valid_to is null`.execute(trx);
    await sql`insert into person_residence (person_id, commune_id, valid_from)
    select id, commune_id, current_date from person`.execute(trx);
  });
const sqlMs = plainSql ? Number(process.hrtime.bigint() - start) / 1e6 : null;
await sql`truncate person_residence, person cascade`.execute(db);
await sql`drop table bench_person_copy`.execute(db);

// the import's own memory: resident size sampled while it runs (the geography seed above
// already holds a few hundred MB of the process)
const rssBeforeMb = Math.round(process.memoryUsage().rss / 2 ** 20);
let rssPeakMb = rssBeforeMb;
const sampler = setInterval(() => {
  rssPeakMb = Math.max(rssPeakMb, Math.round(process.memoryUsage().rss / 2 ** 20));
}, 100);
start = process.hrtime.bigint();
const result = await importFile(db, 'persons', file, {});
const importMs = Number(process.hrtime.bigint() - start) / 1e6;
clearInterval(sampler);
if (result.status !== 'done' || result.rowsInserted !== N)
  throw new Error(`import did not insert every row: ${JSON.stringify(result)}`);
fs.rmSync(file, { force: true });

const perSecond = (ms: number) => Math.round(N / (ms / 1000));
report(
  'import',
  [
    {
      case: `ansinh import persons (${N} rows)`,
      baseline: 'raw COPY of the same CSV into an unindexed table',
      medianMs: importMs,
      baselineMs: copyMs,
      ratio: importMs / copyMs,
    },
    ...(sqlMs === null
      ? []
      : [
          {
            case: `plain INSERT … SELECT of the copied rows into person + person_residence`,
            baseline: 'raw COPY of the same CSV into an unindexed table',
            medianMs: sqlMs,
            baselineMs: copyMs,
            ratio: sqlMs / copyMs,
          },
        ]),
  ],
  {
    engine: database.engine,
    persons: N,
    rssBeforeImportMb: rssBeforeMb,
    rssPeakDuringImportMb: rssPeakMb,
    importPersonsPerSecond: perSecond(importMs),
    copyPersonsPerSecond: perSecond(copyMs),
    // the goal is ≥ 0.5: an import at least half as fast as a bare COPY
    throughputRatio: Math.round((copyMs / importMs) * 100) / 100,
    // the import against what the database alone costs for the same rows in the same tables
    importVsPlainSqlRatio:
      sqlMs === null ? null : Math.round(((copyMs + sqlMs) / importMs) * 100) / 100,
  },
);
await database.close();
