import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditCount,
  createTestApp,
  lastAuditEvent,
  type Inject,
  type TestApp,
} from '../../../tests/helpers/test-app.js';

let t: TestApp;
let officer: Inject;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.as('hp.officer');
});
afterAll(() => t.close());

const get = (url: string, as: Inject = t.inject) => as({ method: 'GET', url });
const post = (table: string, payload: object, as: Inject = t.inject) =>
  as({ method: 'POST', url: `/api/v1/contributions/rules/${table}`, payload });
const patch = (table: string, id: number, payload: object) =>
  t.inject({ method: 'PATCH', url: `/api/v1/contributions/rules/${table}/${id}`, payload });
const items = async (url: string, as?: Inject) => (await get(url, as)).json().items;
const baseSalaries = () => items('/api/v1/contributions/rules/base-salaries');

describe('reading the rule tables', () => {
  it('gives the base salary valid at a date to any signed-in user', async () => {
    const rows = await items('/api/v1/contributions/rules/base-salaries?at=2024-08-01', officer);
    expect(rows).toEqual([
      {
        id: expect.any(Number),
        amount: 2_340_000,
        validFrom: '2024-07-01',
        validTo: '2026-07-01',
        legalRef: 'Decree 73/2024/NĐ-CP',
        confirmed: true,
        note: null,
      },
    ]);
    expect((await get('/api/v1/contributions/rules/base-salaries', t.app.inject)).statusCode).toBe(
      401,
    );
  });

  it('gives every row without a date, and percentages as exact text', async () => {
    expect((await baseSalaries()).map((r: { amount: number }) => r.amount)).toEqual([
      1_150_000, 1_210_000, 1_300_000, 1_390_000, 1_490_000, 1_800_000, 2_340_000, 2_530_000,
    ]);
    const rates = await items('/api/v1/contributions/rules/rates?at=2024-08-01');
    const hiEmployee = rates.find(
      (r: { fund: string; party: string }) => r.fund === 'hi' && r.party === 'employee',
    );
    expect(hiEmployee).toMatchObject({ ratePercent: '1.5000', variant: 'standard' });
  });

  it('shows the unconfirmed 2026 poverty line as unconfirmed, with its note', async () => {
    const rows = await items('/api/v1/contributions/rules/poverty-lines?at=2026-03-01');
    expect(rows.find((r: { area: string }) => r.area === 'rural')).toMatchObject({
      amount: 1_500_000,
      confirmed: false,
      note: expect.stringContaining('484,000'),
    });
  });

  it('lists the province default wage regions by unit code and name', async () => {
    const rows = await items('/api/v1/contributions/rules/wage-regions?at=2026-01-01');
    expect(rows).toHaveLength(34);
    expect(rows.find((r: { unitCode: string }) => r.unitCode === '01')).toMatchObject({
      region: 1,
      unitName: expect.stringContaining('Hà Nội'),
      confirmed: false,
    });
  });

  it('refuses an unknown table with the list of tables, in both languages', async () => {
    const reply = await get('/api/v1/contributions/rules/salaries');
    expect(reply.statusCode).toBe(400);
    expect(reply.json()).toMatchObject({
      code: 'CONTRIBUTIONS_UNKNOWN_TABLE',
      messageVi: expect.stringContaining('base-salaries'),
    });
  });
});

describe('adding and correcting rule rows', () => {
  it('ends the open base salary and adds the next one, each audited', async () => {
    const open = (await baseSalaries()).at(-1);
    const before = await auditCount(t.db);
    const ended = await patch('base-salaries', open.id, { validTo: '2027-07-01' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ amount: 2_530_000, validTo: '2027-07-01' });
    const audit = await lastAuditEvent(t.db);
    expect(audit).toMatchObject({ action: 'contributions.rule.update', entity: 'base_salary' });
    expect(audit.changes).toMatchObject({
      before: { valid_to: null },
      after: { valid_to: '2027-07-01' },
    });

    const added = await post('base-salaries', {
      amount: 2_700_000,
      validFrom: '2027-07-01',
      legalRef: 'Decree (test)',
      confirmed: false,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ amount: 2_700_000, validTo: null, confirmed: false });
    expect(await auditCount(t.db)).toBe(before + 2);
    expect((await lastAuditEvent(t.db)).action).toBe('contributions.rule.create');
  });

  it('refuses a row overlapping another of the same key, leaving the table as it was', async () => {
    const rows = await baseSalaries();
    const audits = await auditCount(t.db);
    const reply = await post('base-salaries', {
      amount: 2_600_000,
      validFrom: '2027-01-01',
      legalRef: 'overlapping (test)',
    });
    expect(reply.statusCode).toBe(409);
    expect(reply.json().code).toBe('CONTRIBUTIONS_RULE_OVERLAP');
    const longer = await patch('base-salaries', rows.at(-2).id, { validTo: '2028-01-01' });
    expect(longer.json().code).toBe('CONTRIBUTIONS_RULE_OVERLAP');
    expect(await baseSalaries()).toEqual(rows);
    expect(await auditCount(t.db)).toBe(audits);
  });

  it('refuses an end that would leave days without a base salary', async () => {
    const row = (await items('/api/v1/contributions/rules/base-salaries?at=2024-08-01'))[0];
    const reply = await patch('base-salaries', row.id, { validTo: '2026-01-01' });
    expect(reply.statusCode).toBe(409);
    expect(reply.json()).toMatchObject({
      code: 'CONTRIBUTIONS_RULE_GAP',
      details: { holes: [{ from: '2026-01-01', to: '2026-07-01' }] },
    });
    expect((await items('/api/v1/contributions/rules/base-salaries?at=2026-03-01'))[0].id).toBe(
      row.id,
    );
  });

  it('corrects the unconfirmed poverty line and records what it was', async () => {
    const rural = (await items('/api/v1/contributions/rules/poverty-lines?at=2026-03-01')).find(
      (r: { area: string }) => r.area === 'rural',
    );
    const reply = await patch('poverty-lines', rural.id, {
      amount: 2_200_000,
      confirmed: true,
      legalRef: 'Decree 351/2025/NĐ-CP (test correction)',
      note: null,
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toMatchObject({ amount: 2_200_000, confirmed: true, note: null });
    const audit = await lastAuditEvent(t.db);
    expect(audit.changes).toMatchObject({
      before: { amount: 1_500_000, confirmed: false },
      after: { amount: 2_200_000, confirmed: true },
    });
  });

  it('adds a support share for a new target, percentages given as numbers or text', async () => {
    const reply = await post('state-support-shares', {
      scheme: 'hi',
      target: 'test_target',
      sharePercent: 62.5,
      maxMonths: 24,
      validFrom: '2026-01-01',
      legalRef: 'Decree (test)',
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ sharePercent: '62.5000', maxMonths: 24, note: null });
  });

  it('refuses bad input with clear reasons and writes nothing', async () => {
    const audits = await auditCount(t.db);
    const cases: [string, object, string][] = [
      ['base-salaries', { amount: -5, validFrom: '2030-01-01', legalRef: 'x' }, 'amount'],
      [
        'rates',
        {
          fund: 'ui',
          party: 'employer',
          ratePercent: '120',
          validFrom: '2030-01-01',
          legalRef: 'x',
        },
        'ratePercent',
      ],
      [
        'regional-minimum-wages',
        { region: 5, amount: 6_000_000, validFrom: '2030-01-01', legalRef: 'x' },
        'region',
      ],
      [
        'poverty-lines',
        { area: 'rural', amount: 1, validFrom: '2031-01-01', validTo: '2030-01-01', legalRef: 'x' },
        'validTo',
      ],
    ];
    for (const [table, body, field] of cases) {
      const reply = await post(table, body);
      expect(reply.statusCode, `${table} ${field}`).toBe(400);
      expect(reply.json()).toMatchObject({
        code: 'CONTRIBUTIONS_INVALID',
        details: [{ field, problem: expect.any(String), problemVi: expect.any(String) }],
      });
      expect(reply.json().messageVi).toContain(field);
    }
    const reply = await patch('base-salaries', 1, { amount: 2_000_000, validFrom: '2013-01-01' });
    expect(reply.json().details[0].field).toBe('validFrom');
    expect((await patch('base-salaries', 999_999, { amount: 1 })).statusCode).toBe(404);
    expect(await auditCount(t.db)).toBe(audits);
  });

  it('lets only national holders of policy.write edit', async () => {
    const reply = await post(
      'base-salaries',
      { amount: 3_000_000, validFrom: '2031-01-01', legalRef: 'x' },
      officer,
    );
    expect(reply.statusCode).toBe(403);
  });
});

describe('a commune’s own wage region', () => {
  it('is added through the API and then used by the calculator for a workplace there', async () => {
    const units = await get('/api/v1/geo/units?at=2026-02-01&parentCode=31&level=commune&limit=2');
    const commune = units.json().items[1].code;
    const added = await post('wage-regions', {
      unitCode: commune,
      region: 2,
      validFrom: '2026-01-01',
      legalRef: 'Decree 293/2025/NĐ-CP Appendix (test)',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      unitCode: commune,
      region: 2,
      unitName: expect.any(String),
    });
    const result = await t.inject({
      method: 'POST',
      url: '/api/v1/contributions/calculations/compulsory',
      payload: { month: '2026-02', salary: 200_000_000, communeCode: commune },
    });
    expect(result.json().rulesUsed[0]).toEqual({
      table: 'wage_region',
      id: added.json().id,
      legalRef: 'Decree 293/2025/NĐ-CP Appendix (test)',
      confirmed: true,
    });
    // UI capped at 20 × the region II minimum wage of 2026 (4,730,000)
    const ui = result
      .json()
      .lines.find(
        (l: { item: string; payer: string }) => l.item === 'ui' && l.payer === 'employee',
      );
    expect(ui.base).toBe(94_600_000);
  });

  it('is refused for a district: regions are recorded for provinces and communes', async () => {
    const reply = await post('wage-regions', {
      unitCode: '001',
      region: 1,
      validFrom: '2024-01-01',
      legalRef: 'x',
    });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().code).toBe('CONTRIBUTIONS_WAGE_REGION_UNIT');
  });
});

describe('the API description', () => {
  it('documents the rule and calculator routes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/contributions/rules/{table}',
        '/api/v1/contributions/rules/{table}/{id}',
        '/api/v1/contributions/calculations/compulsory',
        '/api/v1/contributions/calculations/voluntary-si',
        '/api/v1/contributions/calculations/household-hi',
      ]),
    );
  });
});
