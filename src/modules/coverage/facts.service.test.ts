// Coverage facts over the generated test province: a rebuild checked against a count written
// independently here in plain SQL, age bands at their boundaries, and the incremental upkeep of
// periods added and ended through the enrolment API giving the numbers a fresh rebuild gives.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.js';
import { todayInVietnam } from '../../platform/dates.js';
import { ageBand } from './facts.rules.js';
import { rebuildFacts } from './facts.service.js';
import { ageBandSql } from './facts.sql.js';

let t: TestApp;
const TODAY = '2026-11-28';

const allFacts = () =>
  t.db
    .selectFrom('coverage_fact')
    .selectAll()
    .orderBy('month')
    .orderBy('commune_id')
    .orderBy('scheme')
    .orderBy('group_code')
    .orderBy('sex')
    .orderBy('age_band')
    .execute();

const monthTotal = async (month: string) => {
  const r = await t.db
    .selectFrom('coverage_fact')
    .select(sql<number>`coalesce(sum(participants), 0)::int`.as('n'))
    .where('month', '=', month)
    .executeTakeFirstOrThrow();
  return r.n;
};

/** 'YYYY-MM' → its last day 'YYYY-MM-DD' */
const monthEndOf = (month: string) => {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10);
};

/** coverage_total against the facts it sums: the rows that differ (none when in step). */
const totalsOutOfStep = async () => {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from (
      (select month, commune_id, scheme, sum(participants)::int as p from coverage_fact group by 1, 2, 3
       except select month, commune_id, scheme, participants from coverage_total)
      union all
      (select month, commune_id, scheme, participants from coverage_total
       except select month, commune_id, scheme, sum(participants)::int from coverage_fact group by 1, 2, 3)
    ) d`.execute(t.db);
  return rows[0]!.n;
};

/** The months that have facts, 'YYYY-MM', in order. */
const monthsPresent = async () => {
  const { rows } = await sql<{ m: string }>`
    select distinct to_char(month, 'YYYY-MM') as m from coverage_fact order by 1`.execute(t.db);
  return rows.map((r) => r.m);
};

/** Rebuilds every month that has facts. */
const rebuildAll = async () => {
  const months = await monthsPresent();
  await rebuildFacts(t.db, { from: months[0]!, to: months.at(-1)! });
};

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('rebuilding the facts', () => {
  it("finds this year's months counted by the demo seed, as a rebuild counts them", async () => {
    const today = todayInVietnam();
    const months = await monthsPresent();
    expect(months[0]).toBe(`${today.slice(0, 4)}-01`);
    expect(months.at(-1)).toBe(today.slice(0, 7));
    const seeded = await allFacts();
    await rebuildAll();
    expect(await allFacts()).toEqual(seeded);
  });

  it('counts each month of a one-pass year as plain SQL does, birthdays included', async () => {
    // persons covered all year whose age band changes during it, on awkward days
    const { rows: picked } = await sql<{ id: number }>`
      select c.person_id as id from coverage_period c join person_residence r on r.person_id = c.person_id
      where c.scheme = 'hi' and c.valid_from <= '2025-12-01' and c.valid_to is null
        and r.valid_from <= '2025-12-01' and r.valid_to is null
      order by c.person_id limit 6`.execute(t.db);
    const births = [
      '2020-02-29',
      '2008-02-29',
      '2020-11-30',
      '1966-03-31',
      '1951-06-15',
      '2001-12-31',
    ];
    for (const [i, { id }] of picked.entries())
      await sql`update person set birth_date = ${births[i]!}::date where id = ${id}`.execute(t.db);
    const counts = await rebuildFacts(t.db, { from: '2025-12', to: '2026-11', today: TODAY });
    expect(counts).toHaveLength(12);
    const facts = await allFacts();
    for (const { month } of counts) {
      const m = `${month}-01`;
      const end = monthEndOf(month);
      const { rows } = await sql<Record<string, unknown>>`
        with x as (
          select r.commune_id, c.scheme, c.group_code, p.sex,
            extract(year from age(${end}::date, p.birth_date)) as age
          from coverage_period c
          join person p on p.id = c.person_id
          join person_residence r on r.person_id = p.id
            and r.valid_from <= ${end}::date and (r.valid_to is null or r.valid_to > ${end}::date)
          where c.valid_from <= ${end}::date and (c.valid_to is null or c.valid_to > ${end}::date))
        select commune_id, scheme, group_code, sex,
          case when age < 6 then '0-5' when age < 18 then '6-17' when age < 25 then '18-24'
            when age < 60 then '25-59' when age < 75 then '60-74' else '75+' end as age_band,
          count(*)::int as participants
        from x group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`.execute(t.db);
      const got = facts.filter((f) => f.month === m).map(({ month: _m, ...rest }) => rest);
      expect(got, month).toEqual(rows);
      expect(counts.find((c) => c.month === month)!.rows).toBe(rows.length);
    }
    expect(counts[2]!.participants).toBeGreaterThan(1000);
    expect(await totalsOutOfStep()).toBe(0);
  });

  it('counts the same whether the months are taken one per pass or several', async () => {
    const months = await monthsPresent();
    await rebuildFacts(t.db, { from: months[0]!, to: months.at(-1)!, monthsPerPass: 1 });
    const one = await allFacts();
    await rebuildFacts(t.db, { from: months[0]!, to: months.at(-1)!, monthsPerPass: 5 });
    expect(await allFacts()).toEqual(one);
    expect(await totalsOutOfStep()).toBe(0);
  });

  it('refuses bad and future ranges', async () => {
    await expect(rebuildFacts(t.db, { from: '2026-03', to: '2026-01' })).rejects.toMatchObject({
      code: 'COVERAGE_FACTS_RANGE_INVALID',
    });
    await expect(
      rebuildFacts(t.db, { from: '2026-11', to: '2026-12', today: TODAY }),
    ).rejects.toMatchObject({ code: 'COVERAGE_FACTS_FUTURE_MONTH' });
  });
});

describe('age bands', () => {
  it('change on the birthday, as the pure bands do', async () => {
    const at = '2026-02-28';
    const cases: [string, string][] = [
      ['2020-02-28', '6-17'],
      ['2020-03-01', '0-5'],
      ['2008-02-28', '18-24'],
      // born on a leap day: not yet 18 on 28 February of a common year
      ['2008-02-29', '6-17'],
      ['2001-02-28', '25-59'],
      ['2001-03-01', '18-24'],
      ['1966-02-28', '60-74'],
      ['1951-02-28', '75+'],
      ['1951-03-01', '60-74'],
    ];
    for (const [birth, band] of cases) {
      const { rows } = await sql<{ band: string; age: number }>`
        select ${ageBandSql('b', at)} as band,
          extract(year from age(${at}::date, b))::int as age
        from (select ${birth}::date as b) x`.execute(t.db);
      expect(rows[0]!.band, birth).toBe(band);
      expect(ageBand(rows[0]!.age), birth).toBe(band);
    }
  });
});

describe('incremental upkeep', () => {
  it('adds and ends periods through enrolment and matches a fresh rebuild', async () => {
    await rebuildFacts(t.db, { from: '2026-01', to: '2026-03', today: TODAY });
    const before = await Promise.all(['2026-01-01', '2026-02-01', '2026-03-01'].map(monthTotal));
    // a resident never covered by HI, and a resident with an open HI period since 2025
    const { rows: fresh } = await sql<{ id: number }>`
      select r.person_id as id from person_residence r
      where r.valid_from <= '2026-01-01' and r.valid_to is null
        and not exists (select 1 from coverage_period c where c.person_id = r.person_id and c.scheme = 'hi')
      order by r.person_id limit 1`.execute(t.db);
    const { rows: open } = await sql<{ id: number }>`
      select c.id from coverage_period c join person_residence r on r.person_id = c.person_id
      where c.scheme = 'hi' and c.valid_from <= '2025-12-01' and c.valid_to is null
        and r.valid_from <= '2026-01-01' and r.valid_to is null
      order by c.id limit 1`.execute(t.db);
    expect(fresh).toHaveLength(1);
    expect(open).toHaveLength(1);
    const added = await t.inject({
      method: 'POST',
      url: `/api/v1/enrolment/persons/${fresh[0]!.id}/coverage-periods`,
      payload: { scheme: 'hi', groupCode: 'GD', payer: 'household', validFrom: '2026-01-20' },
    });
    expect(added.statusCode).toBe(201);
    // a period over months never built leaves them unbuilt
    const monthsBefore = await monthsPresent();
    const past = await t.inject({
      method: 'POST',
      url: `/api/v1/enrolment/persons/${fresh[0]!.id}/coverage-periods`,
      payload: {
        scheme: 'hi',
        groupCode: 'GD',
        payer: 'household',
        validFrom: '2025-03-01',
        validTo: '2025-09-01',
      },
    });
    expect(past.statusCode).toBe(201);
    expect(await monthsPresent()).toEqual(monthsBefore);
    const end = (id: number, validTo: string) =>
      t.inject({
        method: 'POST',
        url: `/api/v1/enrolment/coverage-periods/${id}/end`,
        payload: { validTo },
      });
    expect((await end(open[0]!.id, '2026-02-15')).statusCode).toBe(200);
    expect((await end(added.json().id as number, '2026-03-10')).statusCode).toBe(200);
    // January +1 (added); February +1 −1; March −1 (the opened one ended before 31 March)
    const after = await Promise.all(['2026-01-01', '2026-02-01', '2026-03-01'].map(monthTotal));
    expect(after).toEqual([before[0]! + 1, before[1]!, before[2]! - 1]);
    expect(await totalsOutOfStep()).toBe(0);
    const kept = await allFacts();
    await rebuildAll();
    expect(await allFacts()).toEqual(kept);
    expect(await totalsOutOfStep()).toBe(0);
  });
});
