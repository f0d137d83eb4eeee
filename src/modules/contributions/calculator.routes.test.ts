import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Inject, type TestApp } from '../../../tests/helpers/test-app.js';

let t: TestApp;
let citizenLike: Inject;
let haiPhongCommune: string;
beforeAll(async () => {
  t = await createTestApp();
  // a user with no contributions permission at all: the calculator needs only a sign-in
  citizenLike = await t.as('facility');
  const units = await t.inject({
    method: 'GET',
    url: '/api/v1/geo/units?at=2026-02-01&parentCode=31&level=commune&limit=1',
  });
  haiPhongCommune = units.json().items[0].code;
});
afterAll(() => t.close());

const calc = (kind: string, payload: object, as: Inject = t.inject) =>
  as({ method: 'POST', url: `/api/v1/contributions/calculations/${kind}`, payload });

interface Line {
  item: string;
  payer: string;
  member?: number;
  amount: number;
}
const sumBy = (lines: Line[], key: (l: Line) => string | number | undefined) =>
  lines.reduce<Record<string, number>>((acc, l) => {
    const k = String(key(l));
    acc[k] = (acc[k] ?? 0) + l.amount;
    return acc;
  }, {});

describe('compulsory contributions of an employee', () => {
  it('charges 4,946,000 to an employee earning 50,000,000 in region I in 2024-08', async () => {
    const reply = await calc(
      'compulsory',
      { month: '2024-08', salary: 50_000_000, region: 1 },
      citizenLike,
    );
    expect(reply.statusCode).toBe(200);
    const result = reply.json();
    expect(result.byPayer.employee).toBe(4_946_000);
    expect(
      sumBy(
        result.lines.filter((l: Line) => l.payer === 'employee'),
        (l) => l.item,
      ),
    ).toEqual({
      retirement_survivor: 3_744_000,
      hi: 702_000,
      ui: 500_000,
    });
    expect(result.rulesUsed.map((r: { table: string }) => r.table)).toContain('base_salary');
  });

  it('caps UI at 20 × base salary only on the state pay scale', async () => {
    const result = (
      await calc('compulsory', {
        month: '2024-08',
        salary: 50_000_000,
        region: 1,
        payRegime: 'state_scale',
      })
    ).json();
    expect(result.byPayer.employee).toBe(3_744_000 + 702_000 + 468_000);
  });

  it('finds the region from the workplace’s commune and cites the row it came from', async () => {
    const result = (
      await calc('compulsory', {
        month: '2026-02',
        salary: 10_000_000,
        communeCode: haiPhongCommune,
      })
    ).json();
    expect(result.rulesUsed[0]).toMatchObject({ table: 'wage_region', confirmed: false });
    expect(result.notes[0].vi).toContain('Vùng 1');
    expect(result.byPayer.employee).toBe(1_050_000);
  });

  it('asks for a region or a commune, and refuses a negative salary', async () => {
    const none = await calc('compulsory', { month: '2024-08', salary: 10_000_000 });
    expect(none.statusCode).toBe(400);
    expect(none.json().code).toBe('CONTRIBUTIONS_REGION_REQUIRED');
    const negative = await calc('compulsory', { month: '2024-08', salary: -1, region: 1 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().messageVi).toBeTruthy();
  });

  it('refuses a month that does not exist', async () => {
    const reply = await calc('compulsory', { month: '2024-13', salary: 10_000_000, region: 1 });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().code).toBe('VALIDATION_FAILED');
  });

  it('needs a sign-in', async () => {
    const reply = await calc(
      'compulsory',
      { month: '2024-08', salary: 1, region: 1 },
      t.app.inject,
    );
    expect(reply.statusCode).toBe(401);
  });
});

describe('voluntary social insurance', () => {
  it('charges 330,000 on the minimum income in 2025-08, the state paying 165,000 for the poor', async () => {
    const body = { start: '2025-08', income: 1_500_000, months: 1 };
    const poor = (await calc('voluntary-si', { ...body, supportGroup: 'poor' })).json();
    expect(poor.total).toBe(330_000);
    expect(poor.byPayer).toEqual({ state_budget: 165_000, self: 165_000 });
    const support = async (supportGroup: string) =>
      (await calc('voluntary-si', { ...body, supportGroup })).json().byPayer.state_budget;
    expect(await support('near_poor')).toBe(132_000);
    expect(await support('ethnic_minority')).toBe(99_000);
    expect(await support('other')).toBe(66_000);
  });

  it('applies Decree 134/2015 to 2025-06 and Decree 159/2025 from 2025-07', async () => {
    const result = (
      await calc('voluntary-si', {
        start: '2025-06',
        income: 1_500_000,
        months: 3,
        supportGroup: 'poor',
      })
    ).json();
    const stateByMonth = sumBy(
      result.lines.filter((l: Line) => l.payer === 'state_budget'),
      (l) => (l as Line & { month: string }).month,
    );
    expect(stateByMonth).toEqual({ '2025-06': 99_000, '2025-07': 165_000, '2025-08': 165_000 });
  });

  it('adds Hà Nội’s top-up when the province is given', async () => {
    const body = { start: '2026-01', income: 1_500_000, months: 1, supportGroup: 'poor' };
    const national = (await calc('voluntary-si', body)).json();
    expect(national.byPayer.local_budget).toBeUndefined();
    const hanoi = (await calc('voluntary-si', { ...body, provinceCode: '01' })).json();
    expect(hanoi.byPayer).toMatchObject({ state_budget: 165_000, local_budget: 165_000 });
    expect(hanoi.total).toBe(330_000);
  });

  it('finds the province from the person’s commune when no province is given', async () => {
    const units = await t.inject({
      method: 'GET',
      url: '/api/v1/geo/units?at=2026-02-01&parentCode=01&level=commune&limit=1',
    });
    const result = (
      await calc('voluntary-si', {
        start: '2026-01',
        income: 1_500_000,
        months: 1,
        supportGroup: 'near_poor',
        person: { statuses: ['near_poor'], communeCode: units.json().items[0].code },
      })
    ).json();
    // national 40% and Hà Nội's 60% of 22% × 1,500,000: the participant pays nothing
    expect(result.byPayer).toMatchObject({ state_budget: 132_000, local_budget: 198_000 });
  });

  it('refuses an income below the rural poverty line', async () => {
    const reply = await calc('voluntary-si', {
      start: '2025-08',
      income: 1_000_000,
      months: 1,
      supportGroup: 'other',
    });
    expect(reply.statusCode).toBe(422);
    expect(reply.json()).toMatchObject({
      code: 'CONTRIBUTIONS_INCOME_OUT_OF_RANGE',
      details: { min: 1_500_000 },
    });
  });
});

describe('household health insurance', () => {
  it('charges five members joining together 1,263,600 / 884,520 / 758,160 / 631,800 / 505,440 a year', async () => {
    const reply = await calc('household-hi', {
      start: '2024-08-01',
      members: [{}, {}, {}, {}, {}],
    });
    expect(reply.statusCode).toBe(200);
    const result = reply.json();
    expect(sumBy(result.lines, (l) => l.member)).toEqual({
      1: 1_263_600,
      2: 884_520,
      3: 758_160,
      4: 631_800,
      5: 505_440,
    });
    expect(result.total).toBe(4_043_520);
  });

  it('stacks Hải Phòng’s 30% on the national 70% for a near-poor member, found from the commune', async () => {
    const result = (
      await calc('household-hi', {
        // twelve months on the 2,340,000 base salary (it changes on 2026-07-01)
        start: '2025-07-01',
        members: [{ groupCode: 'CN', statuses: ['near_poor'] }],
        communeCode: haiPhongCommune,
      })
    ).json();
    expect(result.byPayer).toMatchObject({ state_budget: 884_520, local_budget: 379_080 });
    expect(result.total).toBe(1_263_600);
  });

  it('refuses an empty household', async () => {
    const reply = await calc('household-hi', { start: '2024-08-01', members: [] });
    expect(reply.statusCode).toBe(400);
  });
});

describe('boundary dates through the API', () => {
  const household = async (start: string) =>
    (await calc('household-hi', { start, months: 1, members: [{}] })).json().total;
  const vsiSupport = async (start: string, supportGroup = 'other') =>
    (await calc('voluntary-si', { start, income: 1_500_000, months: 1, supportGroup })).json()
      .byPayer.state_budget;
  const uiOf = async (month: string) => {
    const result = (await calc('compulsory', { month, salary: 120_000_000, region: 1 })).json();
    return sumBy(
      result.lines.filter((l: Line) => l.payer === 'employee'),
      (l) => l.item,
    ).ui;
  };

  it('moves the HI premium to the 2,530,000 base salary on 2026-07-01', async () => {
    expect(await household('2026-06-30')).toBe(105_300);
    expect(await household('2026-07-01')).toBe(113_850);
  });

  it('starts voluntary SI support on 2018-01 and raises it on 2025-07', async () => {
    expect(await vsiSupport('2017-12')).toBeUndefined();
    expect(await vsiSupport('2018-01')).toBe(15_400); // 10% of 22% × 700,000
    expect(await vsiSupport('2025-06', 'near_poor')).toBe(82_500); // 25% of 330,000
    expect(await vsiSupport('2025-07', 'near_poor')).toBe(132_000);
  });

  it('raises the UI cap with the 2026 regional minimum wage', async () => {
    expect(await uiOf('2025-12')).toBe(992_000); // 1% of 20 × 4,960,000
    expect(await uiOf('2026-01')).toBe(1_062_000); // 1% of 20 × 5,310,000
  });

  it('says clearly that no rule exists before the first rows', async () => {
    const reply = await calc('compulsory', { month: '2010-01', salary: 5_000_000, region: 1 });
    expect(reply.statusCode).toBe(422);
    expect(reply.json()).toMatchObject({
      code: 'CONTRIBUTIONS_NO_RULE',
      messageVi: expect.stringContaining('2010-01-01'),
    });
  });
});
