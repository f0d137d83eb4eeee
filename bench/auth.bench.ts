// Access-control benchmarks on embedded PGlite (or DATABASE_URL), over the demo users and
// BENCH_PERSONS synthetic persons spread over every commune of the country:
// each case is the median of single in-process requests, against GET /health in the same run
// (routing and serialisation, no authentication, no database), so the ratio is what
// authentication, scope resolution and the scoped query add.
import { sql } from 'kysely';
import { buildApp, prepareDatabase } from '../src/app.js';
import type { DB } from '../src/db-schema.js';
import { defaultAuthSettings } from '../src/modules/auth/index.js';
import { openDatabaseTarget } from '../src/platform/db/database.js';
import { signIn } from '../tests/helpers/test-app.js';
import { median, report, type Row } from './lib.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 101);
const PERSONS = Number(process.env.BENCH_PERSONS ?? 500_000);
const target = process.env.DATABASE_URL
  ? ({ kind: 'postgres', url: process.env.DATABASE_URL } as const)
  : ({ kind: 'pglite', dataDir: null } as const);

const database = await openDatabaseTarget<DB>(target, { workMem: '64MB' });
const db = database.kysely;
await prepareDatabase(database, { demo: true, bootstrapAdmin: {}, notice: () => {} });
// persons numbered from 10^6 so they never collide with the demo's national IDs
await sql`insert into person (national_id, full_name, search_key, birth_date, sex, commune_id)
  select lpad((1000000 + g)::text, 12, '0'), 'Người thử ' || g, 'nguoi thu ' || g,
         date '1950-01-01' + (g % 25000), case when g % 2 = 0 then 'male' else 'female' end,
         c.ids[1 + g % array_length(c.ids, 1)]
  from generate_series(1, ${PERSONS}) g,
       (select array_agg(id order by id) ids from admin_unit where level = 'commune') c`.execute(
  db,
);
await sql`analyze person`.execute(db);

const app = await buildApp(database, {
  logLevel: 'silent',
  webDistDir: '/nonexistent',
  auth: defaultAuthSettings,
});
await app.ready();
const as = async (user: string) => signIn(app, user);
const admin = await as('admin');
const province = await as('hp.officer');
const commune = await as('commune.officer');

const time = (fn: () => Promise<{ statusCode: number }>) =>
  median(RUNS, async () => {
    const reply = await fn();
    if (reply.statusCode !== 200) throw new Error(`status ${reply.statusCode}`);
  });

const baselineMs = await time(() => app.inject({ method: 'GET', url: '/health' }));
const persons = '/api/v1/registry/persons?limit=50';
const rows: Row[] = [];
const add = (name: string, medianMs: number, baseline: string, base: number) =>
  rows.push({ case: name, baseline, medianMs, baselineMs: base, ratio: medianMs / base });

add(
  'GET /auth/me (session, grants)',
  await time(() => admin({ method: 'GET', url: '/api/v1/auth/me' })),
  'GET /health',
  baselineMs,
);
const national = await time(() => admin({ method: 'GET', url: persons }));
add('persons, national scope (no filter)', national, 'GET /health', baselineMs);
// scoped lists against the same list unscoped: what scope resolution and the filter cost
const scoped: [string, () => Promise<{ statusCode: number }>][] = [
  ['persons, Hải Phòng scope (with history)', () => province({ method: 'GET', url: persons })],
  ['persons, one commune (with history)', () => commune({ method: 'GET', url: persons })],
  [
    'persons by name, Hải Phòng scope',
    () => province({ method: 'GET', url: `${persons}&q=nguyen` }),
  ],
];
for (const [name, fn] of scoped) add(name, await time(fn), 'persons, national scope', national);
const signInMs = await median(5, async () => {
  await signIn(app, 'analyst');
});
rows.push({
  case: 'sign-in (scrypt N=2^15)',
  baseline: 'GET /health',
  medianMs: signInMs,
  baselineMs,
  ratio: signInMs / baselineMs,
});

report('auth', rows, { engine: database.engine, runs: RUNS, persons: PERSONS });
await app.close();
await database.close();
