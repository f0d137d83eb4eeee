// Simulation over the generated demo province (Hải Phòng, 31), checked against counts written
// independently here in plain SQL (PostgreSQL's own age()), and the compare and XLSX endpoints.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditCount,
  createTestApp,
  lastAuditEvent,
  type TestApp,
} from '../../../tests/helpers/test-app.js';
import { resolveUnit } from '../geo/index.js';

let t: TestApp;
let provinceId: number;
const AT = '2026-03-01';
// 12 × 4.5% × 2,340,000 (base salary until 2026-06-30)
const PREMIUM = 1_263_600;
const url = '/api/v1/contributions/simulations';

const draft = (over: Record<string, unknown> = {}) => ({
  code: 'SIM-TEST',
  nameVi: 'Dự thảo',
  nameEn: 'Draft',
  issuerProvinceCode: '31',
  scheme: 'hi',
  condition: { groups: ['GD'] },
  sharePercent: '10',
  stacking: 'add',
  validFrom: '2026-01-01',
  legalRef: 'Dự thảo nghị quyết',
  ...over,
});
const body = (policy: unknown, takeUp = 0.6) => ({ policy, provinceCode: '31', at: AT, takeUp });

/** Residents of the province on AT (and of the communes merged into it) with their cover and the statuses that pick a join group. */
async function count(where: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    with res as (
      select p.id, p.birth_date, extract(year from age(${AT}::date, p.birth_date))::int as age,
        (select c.group_code from coverage_period c where c.person_id = p.id and c.scheme = 'hi'
           and c.valid_from <= ${AT}::date and (c.valid_to is null or c.valid_to > ${AT}::date)) as grp,
        array(select s.status from person_status s where s.person_id = p.id
           and s.valid_from <= ${AT}::date and (s.valid_to is null or s.valid_to > ${AT}::date)) as st
      from person p
      join person_residence r on r.person_id = p.id
        and r.valid_from <= ${AT}::date and (r.valid_to is null or r.valid_to > ${AT}::date)
      join admin_unit u on u.id = r.commune_id
      -- the province's communes, and those that passed into them in 2025 (records filed there)
      where u.parent_id = ${provinceId} or exists (
        select 1 from admin_unit_succession s join admin_unit n on n.id = s.successor_id
        where s.predecessor_id = u.id and n.parent_id = ${provinceId}))
    select count(*)::int as n from res where ${sql.raw(where)}`.execute(t.db);
  return rows[0]!.n;
}
const SUPPORTED = `st && array['poor','social_pension','social_assistance','near_poor','pupil','student','farm_household']`;

beforeAll(async () => {
  t = await createTestApp();
  provinceId = (await resolveUnit(t.db, '31', AT)).id;
});
afterAll(() => t.close());

describe('simulating a policy', () => {
  it('counts the population, cover and eligible persons as plain SQL does', async () => {
    const reply = await t.inject({ method: 'POST', url, payload: body(draft()) });
    expect(reply.statusCode).toBe(200);
    const r = reply.json();
    const coveredGd = await count(`grp = 'GD'`);
    const joinGd = await count(`grp is null and age >= 6 and not (${SUPPORTED})`);
    expect(r.population).toBe(await count('true'));
    expect(r.population).toBeGreaterThan(1000);
    expect(r.covered).toBe(await count('grp is not null'));
    expect(r.eligible).toBe(coveredGd + joinGd);
    expect(r.eligibleCovered).toBe(coveredGd);
    expect(r.eligibleUncovered).toBe(joinGd);
    expect(r.expectedJoiners).toBe(Math.round(0.6 * joinGd));
    expect(r.premiumPerYear).toBe(PREMIUM);
    // GD gets no national support: the local budget pays 10% of the premium, 126,360 a year
    expect(r.localCostPerYear).toBe(coveredGd * 126_360 + Math.round(0.6 * joinGd * 126_360));
    expect(r.stateCostPerYear).toBe(0);
    expect(r.coverageRateAfter).toBeCloseTo((r.covered + r.expectedJoiners) / r.population, 5);
    const communes = r.byCommune.reduce((s: number, c: { eligible: number }) => s + c.eligible, 0);
    expect(communes).toBe(r.eligible);
    expect(r.byGroup.map((g: { group: string }) => g.group)).toEqual(['GD']);
    expect(r.byCommune[0]).toMatchObject({ communeCode: expect.stringMatching(/^\d{5}$/) });
    expect(r.assumptions.length).toBeGreaterThan(3);
  });

  it('charges the state its national share for joiners and the local budget the rest', async () => {
    const policy = draft({
      condition: { statuses: ['near_poor'] },
      sharePercent: '100',
      stacking: 'top_up_to',
    });
    const r = (await t.inject({ method: 'POST', url, payload: body(policy, 1) })).json();
    const cnUncovered = await count(
      `grp is null and age >= 6 and 'near_poor' = any(st) and not st && array['poor','social_pension','social_assistance']`,
    );
    const cnCovered = await count(`grp = 'CN' and 'near_poor' = any(st)`);
    expect(cnCovered).toBeGreaterThan(0);
    const cn = r.byGroup.find((g: { group: string }) => g.group === 'CN');
    expect(r.eligible).toBe(await count(`'near_poor' = any(st)`));
    expect(cn.eligibleUncovered).toBe(cnUncovered);
    // CN: 70% national (884,520 a year), 30% local (379,080)
    expect(cn.stateCostPerYear).toBe(cnUncovered * 884_520);
    expect(cn.localCostPerYear).toBe((cnCovered + cnUncovered) * 379_080);
  });

  it('takes the age band on the reference date, ageTo exclusive', async () => {
    const policy = draft({ condition: { ageFrom: 60, ageTo: 75 } });
    const r = (await t.inject({ method: 'POST', url, payload: body(policy) })).json();
    expect(r.eligible).toBe(await count('age >= 60 and age < 75'));
    expect(r.eligible).toBeGreaterThan(0);
  });

  it('simulates a stored policy by id, and records one audit event per run', async () => {
    const list = await t.inject({
      method: 'GET',
      url: '/api/v1/contributions/policies?province=31',
    });
    const stored = list.json().items.find((p: { code: string }) => p.code === 'HP-2025-NCT');
    const before = await auditCount(t.db);
    const reply = await t.inject({
      method: 'POST',
      url,
      payload: { policyId: stored.id, provinceCode: '31', at: AT, takeUp: 0.5 },
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.json().eligible).toBe(await count('age >= 60 and age < 75'));
    expect(await auditCount(t.db)).toBe(before + 1);
    expect(await lastAuditEvent(t.db)).toMatchObject({ action: 'contributions.simulate' });
  });

  it('counts nobody on an occupation, which the registry does not hold, and says so', async () => {
    const policy = draft({ condition: { occupations: ['waste_collector'] } });
    const r = (await t.inject({ method: 'POST', url, payload: body(policy) })).json();
    expect(r.eligible).toBe(0);
    expect(r.assumptions.join(' ')).toContain('Nghề nghiệp');
  });

  it('lets the steering committee of the province run it, not of another province', async () => {
    const steering = await t.as('steering');
    expect((await steering({ method: 'POST', url, payload: body(draft()) })).statusCode).toBe(200);
    const hanoi = await steering({
      method: 'POST',
      url,
      payload: { ...body(draft()), provinceCode: '01' },
    });
    expect(hanoi.statusCode).toBe(403);
    const commune = await t.as('commune.officer');
    expect((await commune({ method: 'POST', url, payload: body(draft()) })).statusCode).toBe(403);
  });

  it('refuses a bad take-up, a contradictory draft, both draft and id, a VSI policy, a date before the rules', async () => {
    const post = (payload: object) => t.inject({ method: 'POST', url, payload });
    expect((await post(body(draft(), 1.5))).statusCode).toBe(400);
    const bad = await post(body(draft({ condition: { ageFrom: 80, ageTo: 60 } })));
    expect(bad.json().code).toBe('CONTRIBUTIONS_POLICY_CONTRADICTORY');
    const both = await post({ ...body(draft()), policyId: 1 });
    expect(both.json().code).toBe('CONTRIBUTIONS_SIMULATION_POLICY');
    const vsi = await post(body(draft({ scheme: 'vsi' })));
    expect(vsi.json().code).toBe('CONTRIBUTIONS_SIMULATION_SCHEME');
    const early = await post({ ...body(draft()), at: '2010-01-01' });
    expect(early.json().code).toBe('CONTRIBUTIONS_SIMULATION_NO_RULES');
  });
});

describe('comparing and exporting', () => {
  const pair = {
    a: { policy: draft() },
    b: { policy: draft({ sharePercent: '20' }) },
    provinceCode: '31',
    at: AT,
    takeUp: 0.6,
  };

  it('puts two drafts side by side with the difference b − a', async () => {
    const reply = await t.inject({ method: 'POST', url: `${url}/compare`, payload: pair });
    expect(reply.statusCode).toBe(200);
    const { a, b, difference } = reply.json();
    expect(difference.eligible).toBe(0);
    expect(difference.localCostPerYear).toBe(b.localCostPerYear - a.localCostPerYear);
    expect(b.localCostPerYear).toBeGreaterThan(a.localCostPerYear);
  });

  it('exports a comparison as XLSX with Vietnamese headings and numbers as numbers', async () => {
    const reply = await t.inject({ method: 'POST', url: `${url}/xlsx`, payload: pair });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(reply.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Theo xã A',
      'Theo nhóm A',
      'Theo xã B',
      'Theo nhóm B',
      'Giả định',
    ]);
    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.getRow(4).values).toEqual(
      expect.arrayContaining(['Chỉ tiêu', 'Phương án A', 'Phương án B', 'Chênh lệch (B − A)']),
    );
    const compared = (
      await t.inject({ method: 'POST', url: `${url}/compare`, payload: pair })
    ).json();
    const local = summary
      .getRows(5, 10)!
      .find((r) => String(r.getCell(1).value).startsWith('Chi ngân sách địa phương'))!;
    expect(local.getCell(2).value).toBe(compared.a.localCostPerYear);
    expect(local.getCell(4).value).toBe(compared.difference.localCostPerYear);
    expect(local.getCell(2).numFmt).toBe('#,##0');
    const communes = book.getWorksheet('Theo xã A')!;
    expect(communes.getRow(1).getCell(1).value).toBe('Mã xã');
    expect(typeof communes.getRow(2).getCell(3).value).toBe('number');
  });

  it('exports a single simulation too', async () => {
    const reply = await t.inject({ method: 'POST', url: `${url}/xlsx`, payload: body(draft()) });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(reply.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Theo xã',
      'Theo nhóm',
      'Giả định',
    ]);
  });
});
