// The board over HTTP on the test app's generated Hải Phòng (31): figures checked against
// independent SQL over coverage_fact and against the summary endpoint, ranks and lists against
// the children's rates, as-was (63 provinces) against as-is (34) before the 2025 merger, and
// an enrolment change visible on the next request.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.js';
import { todayInVietnam } from '../../platform/dates.js';
import type { Board, Breakdown, Child } from './index.js';
import { rebuildFacts } from './facts.service.js';

let t: TestApp;
const today = todayInVietnam();
const get = (path: string) =>
  t.inject({ method: 'GET', url: `/api/v1/coverage/localities/${path}` });
const board = async (code: string, at: string, scheme = 'HI', geography = 'as-is') => {
  const reply = await get(`${code}/board?at=${at}&scheme=${scheme}&geography=${geography}`);
  expect(reply.statusCode, reply.body).toBe(200);
  return reply.json<Board>();
};
const summary = async (code: string, at: string, scheme = 'HI') =>
  (await get(`${code}/summary?at=${at}&scheme=${scheme}`)).json<Board['summary']>();
const sum = (children: Child[]) => children.reduce((n, c) => n + (c.participants ?? 0), 0);

beforeAll(async () => {
  t = await createTestApp();
  await rebuildFacts(t.db, { from: '2025-06', to: '2025-06' });
}, 120_000);
afterAll(() => t.close());

describe('GET /coverage/localities/{code}/board', () => {
  it("gives a province its summary, its communes ranked by rate, and today's year trend", async () => {
    const b = await board('31', today);
    expect(b.summary).toEqual(await summary('31', today));
    expect(b.summary.participants).toBeGreaterThan(0);
    // the generated registry is its own population: a synthetic denominator, so a rate
    expect(b.summary.denominator?.source).toMatch(/synthetic/);
    expect(b.summary.ratePercent).toBeGreaterThan(50);
    expect(b.summary.ratePercent).toBeLessThan(100);
    expect(b.children.length).toBeGreaterThan(10);
    expect(sum(b.children)).toBe(b.summary.participants);
    // communes' synthetic denominators count residents over the same scopes as participants
    for (const c of b.children) expect(c.ratePercent ?? 0).toBeLessThanOrEqual(100);
    expect(b.children.filter((c) => c.ratePercent != null).length).toBeGreaterThan(10);
    const rated = b.children.filter((c) => c.rank != null).sort((x, y) => x.rank! - y.rank!);
    for (let i = 1; i < rated.length; i++)
      expect(rated[i]!.ratePercent!).toBeLessThanOrEqual(rated[i - 1]!.ratePercent!);
    expect(b.trend.map((p) => p.month)).toContain(today.slice(0, 7));
    expect(b.trend.at(-1)!.participants).toBe(b.summary.participants);
    expect(b.forecast).toMatchObject({ year: Number(today.slice(0, 4)), basis: 'this-year' });
    expect(b.rankAmongSiblings).toMatchObject({ rank: expect.any(Number) });
  });

  it('ranks the provinces of the country and lists them above and below target', async () => {
    const vn = await board('VN', today);
    expect(vn.children).toHaveLength(34);
    const hp = vn.children.find((c) => c.code === '31')!;
    expect(hp.participants).toBe((await board('31', today)).summary.participants);
    expect(vn.summary.participants).toBe(sum(vn.children));
    // a 2026 HI target for the province puts it in one of the lists, by its gap
    const reply = await t.inject({
      method: 'POST',
      url: '/api/v1/coverage/targets',
      payload: {
        localityCode: '31',
        scheme: 'HI',
        year: Number(today.slice(0, 4)),
        measure: 'coverage_rate',
        value: 99,
        denominatorKind: 'population',
        source: 'Kế hoạch thử nghiệm',
      },
    });
    expect(reply.statusCode).toBe(201);
    const after = await board('VN', today);
    const hp2 = after.children.find((c) => c.code === '31')!;
    expect(hp2).toMatchObject({ targetPercent: 99, status: 'below' });
    expect(hp2.gapPoints).toBeCloseTo(99 - hp2.ratePercent!, 4);
    expect(after.below).toEqual(['31']);
    expect((await board('31', today)).forecast?.personsNeededPerMonth).toBeGreaterThan(0);
  });

  it('shows a month before the merger under the 63 provinces (as-was) and the 34 (as-is)', async () => {
    const was = await board('VN', '2025-06-30', 'HI', 'as-was');
    const is = await board('VN', '2025-06-30', 'HI', 'as-is');
    expect(was.children).toHaveLength(63);
    expect(is.children).toHaveLength(34);
    const old = (code: string) => was.children.find((c) => c.code === code)!.participants!;
    const merged = is.children.find((c) => c.code === '31')!.participants!;
    expect(merged).toBeGreaterThan(0);
    expect(merged).toBe(old('30') + old('31'));
    expect(sum(was.children)).toBe(sum(is.children));
    // official 2025 denominators: Hải Dương's own, and the new Hải Phòng's
    expect(was.children.find((c) => c.code === '30')!.denominator).toBeGreaterThan(1_000_000);
  });

  it('breaks the participants down by group, sex and age band', async () => {
    const reply = await get(`31/breakdown?at=${today}&scheme=HI`);
    expect(reply.statusCode).toBe(200);
    const d = reply.json<Breakdown>();
    const b = await board('31', today);
    const total = (items: { participants: number }[]) =>
      items.reduce((n, i) => n + i.participants, 0);
    expect(total(d.group)).toBe(b.summary.participants);
    expect(total(d.sex)).toBe(b.summary.participants);
    expect(total(d.ageBand)).toBe(b.summary.participants);
    expect(d.ageBand.map((a) => a.key)).toEqual(
      ['0-5', '6-17', '18-24', '25-59', '60-74', '75+'].filter((k) =>
        d.ageBand.some((a) => a.key === k),
      ),
    );
  });

  it('counts a new enrolment on the next request', async () => {
    const before = (await board('31', today)).summary.participants!;
    const { rows } = await sql<{ id: number }>`
      select r.person_id as id from person_residence r
      where r.valid_to is null and r.valid_from <= ${today}::date - 40
        and not exists (select 1 from coverage_period c where c.person_id = r.person_id and c.scheme = 'hi')
      order by r.person_id limit 1`.execute(t.db);
    const added = await t.inject({
      method: 'POST',
      url: `/api/v1/enrolment/persons/${rows[0]!.id}/coverage-periods`,
      payload: {
        scheme: 'hi',
        groupCode: 'GD',
        payer: 'household',
        validFrom: `${today.slice(0, 7)}-01`,
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    const after = (await board('31', today)).summary.participants!;
    expect(after).toBe(before + 1);
  });

  it('refuses a future date, an unknown locality and a bad geography', async () => {
    const future = await get('31/board?at=2099-01-01&scheme=HI');
    expect(future.statusCode).toBe(400);
    expect(future.json().code).toBe('COVERAGE_FUTURE_DATE');
    const unknown = await get(`99/board?at=${today}&scheme=HI`);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe('COVERAGE_LOCALITY_UNKNOWN');
    expect((await get(`31/board?at=${today}&scheme=HI&geography=sideways`)).statusCode).toBe(400);
  });
});
