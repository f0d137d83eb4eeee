// The locality summary over HTTP on the test app's generated province (Hải Phòng, code 31):
// participants checked against an independent SQL sum of coverage_fact, rate and gaps against
// the pure functions, and the unknown cases (no denominator, no facts) answered with nulls.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.js';
import {
  coverageRate,
  gapInPersons,
  gapInPoints,
  shareOfTargetReached,
  targetPersons,
} from './index.js';
import { rebuildFacts } from './facts.service.js';

let t: TestApp;
const summary = (code: string, at: string, scheme: string) =>
  t.inject({
    method: 'GET',
    url: `/api/v1/coverage/localities/${code}/summary?at=${at}&scheme=${scheme}`,
  });

/** Participants of a month over the communes whose district lies in province `code` then. */
async function provinceSum(code: string, month: string, schemes: string[]) {
  const { rows } = await sql<{ n: number }>`
    select coalesce(sum(f.participants), 0)::int as n
    from coverage_fact f
    join admin_unit c on c.id = f.commune_id
    join admin_unit d on d.id = c.parent_id
    join admin_unit p on p.id = d.parent_id
    where f.month = ${month}::date and p.code = ${code} and p.level = 'province'
      and f.scheme in (${sql.join(schemes)})`.execute(t.db);
  return rows[0]!.n;
}

/**
 * Participants of a month in the new Hải Phòng (2025-07-01 on): communes directly under it, and
 * residences still filed under the communes of the two provinces it succeeded (30 and 31, with
 * districts), which lie inside it.
 */
async function newHaiPhongSum(month: string, schemes: string[]) {
  const { rows } = await sql<{ n: number }>`
    select coalesce(sum(f.participants), 0)::int as n
    from coverage_fact f
    join admin_unit c on c.id = f.commune_id
    join admin_unit p on p.id = c.parent_id
    left join admin_unit pp on pp.id = p.parent_id
    where f.month = ${month}::date and f.scheme in (${sql.join(schemes)})
      and ((p.level = 'province' and p.code = '31' and p.valid_from >= '2025-07-01')
        or (p.level = 'district' and pp.code in ('30', '31') and pp.valid_to <= '2025-07-01'))`.execute(
    t.db,
  );
  return rows[0]!.n;
}

async function countrySum(month: string, schemes: string[]) {
  const { rows } = await sql<{ n: number }>`
    select coalesce(sum(participants), 0)::int as n from coverage_fact
    where month = ${month}::date and scheme in (${sql.join(schemes)})`.execute(t.db);
  return rows[0]!.n;
}

beforeAll(async () => {
  t = await createTestApp();
  await rebuildFacts(t.db, { from: '2025-06', to: '2025-06' });
  const reply = await t.inject({
    method: 'POST',
    url: '/api/v1/coverage/targets',
    payload: {
      localityCode: '31',
      scheme: 'HI',
      year: 2025,
      measure: 'coverage_rate',
      value: 95.5,
      denominatorKind: 'population',
      source: 'Kế hoạch thử nghiệm 2025',
    },
  });
  expect(reply.statusCode).toBe(201);
}, 120_000);
afterAll(() => t.close());

describe('GET /coverage/localities/{code}/summary', () => {
  it('gives a province its participants, denominator, rate and gaps to the target', async () => {
    const reply = await summary('31', '2025-06-15', 'HI');
    expect(reply.statusCode).toBe(200);
    const body = reply.json();
    const participants = await provinceSum('31', '2025-06-01', ['hi']);
    expect(participants).toBeGreaterThan(0);
    const { rows } = await sql<{ value: number }>`
      select d.value from denominator d join admin_unit u on u.id = d.admin_unit_id
      where u.code = '31' and u.valid_from <= '2025-06-15' and (u.valid_to is null or u.valid_to > '2025-06-15')
        and d.year = 2025 and d.kind = 'population' and not d.synthetic`.execute(t.db);
    const denominator = Number(rows[0]!.value);
    const rate = coverageRate(participants, denominator);
    expect(body).toMatchObject({
      locality: { code: '31', level: 'province' },
      at: '2025-06-15',
      month: '2025-06',
      scheme: 'HI',
      participants,
      denominator: { value: denominator, kind: 'population', year: 2025 },
      ratePercent: rate,
      target: { value: 95.5, measure: 'coverage_rate', source: 'Kế hoạch thử nghiệm 2025' },
      gapPoints: gapInPoints(rate, '95.5'),
      gapPersons: gapInPersons('95.5', denominator, participants),
      shareOfTargetReached: shareOfTargetReached(participants, targetPersons('95.5', denominator)),
      factsBuilt: true,
    });
    expect(body.ratePercent).not.toBeNull();
    expect(body.gapPersons).toBeGreaterThan(0);
  });

  it('counts SI as compulsory plus voluntary, and the country over every commune', async () => {
    const si = (await summary('31', '2025-06-15', 'SI')).json();
    const parts = await Promise.all(
      ['SI_COMPULSORY', 'SI_VOLUNTARY'].map(async (s) =>
        (await summary('31', '2025-06-15', s)).json(),
      ),
    );
    expect(si.participants).toBe(
      await provinceSum('31', '2025-06-01', ['si_compulsory', 'si_voluntary']),
    );
    expect(si.participants).toBe(parts[0].participants + parts[1].participants);
    expect(si.participants).toBeGreaterThan(0);
    const vn = (await summary('VN', '2025-06-20', 'UI')).json();
    expect(vn.locality).toMatchObject({ code: 'VN', level: 'country' });
    expect(vn.participants).toBe(await countrySum('2025-06-01', ['ui']));
    expect(vn.participants).toBeGreaterThan(0);
  });

  it('leaves rate and gaps unknown (null) without a denominator of the year', async () => {
    // the demo seed counts synthetic denominators for this year: take them away
    await sql`delete from denominator where synthetic and year = 2026`.execute(t.db);
    const body = (await summary('31', '2026-10-15', 'HI')).json();
    expect(body.factsBuilt).toBe(true);
    expect(body.participants).toBe(await newHaiPhongSum('2026-10-01', ['hi']));
    expect(body.target).toBeNull();
    expect(body.participants).toBeGreaterThan(0);
    expect(body).toMatchObject({
      denominator: null,
      ratePercent: null,
      gapPoints: null,
      gapPersons: null,
      shareOfTargetReached: null,
    });
  });

  it('says facts are not built for a month without any (participants null, not 0)', async () => {
    const body = (await summary('31', '2024-03-15', 'HI')).json();
    expect(body).toMatchObject({ factsBuilt: false, participants: null, ratePercent: null });
    expect(body.denominator).not.toBeNull();
  });

  it('refuses a future date and an unknown locality, in both languages', async () => {
    const future = await summary('31', '2099-01-01', 'HI');
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({
      code: 'COVERAGE_FUTURE_DATE',
      messageVi: expect.stringContaining('2099-01-01'),
    });
    const unknown = await summary('99', '2025-06-15', 'HI');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe('COVERAGE_LOCALITY_UNKNOWN');
    expect((await summary('31', '2025-06-15', 'XX')).statusCode).toBe(400);
  });
});
