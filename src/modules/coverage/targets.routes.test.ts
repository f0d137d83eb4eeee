// Coverage targets over HTTP: the seeded national and Hải Dương targets, creation and editing
// under targets.write within the caller's reach, refusals that leave the database as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditCount,
  createTestApp,
  rowCount,
  lastAuditEvent,
  type Inject,
  type TestApp,
} from '../../../tests/helpers/test-app.js';

let t: TestApp;
let officer: Inject;
const url = '/api/v1/coverage/targets';

const target = (over: Record<string, unknown> = {}) => ({
  localityCode: '31',
  scheme: 'HI',
  year: 2026,
  measure: 'coverage_rate',
  value: 96.5,
  denominatorKind: 'population',
  source: 'Kế hoạch thử nghiệm 2026',
  ...over,
});

const targetCount = () => rowCount(t.db, 'coverage_target');

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.as('hp.officer');
});
afterAll(() => t.close());

describe('seeded targets', () => {
  it('lists the national 2025 targets with their denominator kinds and sources', async () => {
    const reply = await t.inject({ method: 'GET', url: `${url}?locality=VN&year=2025` });
    expect(reply.statusCode).toBe(200);
    const items = reply.json().items as { scheme: string; value: number }[];
    expect(Object.fromEntries(items.map((i) => [i.scheme, i.value]))).toEqual({
      HI: 95.15,
      SI: 45.1,
      UI: 35.1,
    });
    expect(reply.json().items[0]).toMatchObject({
      localityCode: 'VN',
      localityLevel: 'country',
      measure: 'coverage_rate',
      source: expect.stringContaining('seed 003'),
    });
  });

  it("keeps Hải Dương's 2022–2025 path on the province as it was (code 30)", async () => {
    const reply = await t.inject({ method: 'GET', url: `${url}?locality=30&scheme=SI` });
    const items = reply.json().items as { year: number; value: number; localityName: string }[];
    expect(items.map((i) => [i.year, i.value])).toEqual([
      [2022, 48.6],
      [2023, 50.8],
      [2024, 53],
      [2025, 55],
    ]);
    expect(items[0]!.localityName).toContain('Hải Dương');
    // the seed's name finds the same targets as the code
    const byName = await t.inject({ method: 'GET', url: `${url}?locality=Hai%20Duong&scheme=SI` });
    expect(byName.json().items).toEqual(reply.json().items);
    expect(reply.json().items[0].denominatorKind).toBe('si_age_labour_force');
  });

  it('lets a read-only steering viewer read targets of any province', async () => {
    const steering = await t.as('steering');
    const reply = await steering({ method: 'GET', url: `${url}?locality=VN` });
    expect(reply.statusCode).toBe(200);
    expect(reply.json().items.length).toBeGreaterThan(0);
  });
});

describe('writing targets', () => {
  it('creates a target in the officer’s province, audited in the same transaction', async () => {
    const reply = await officer({ method: 'POST', url, payload: target() });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ localityCode: '31', value: 96.5, groupCode: null });
    const event = await lastAuditEvent(t.db);
    expect(event).toMatchObject({
      action: 'coverage.target.create',
      entity_id: String(reply.json().id),
    });
  });

  it('edits a target and records what changed', async () => {
    const created = await officer({ method: 'POST', url, payload: target({ scheme: 'UI' }) });
    const id = created.json().id;
    const reply = await officer({
      method: 'PATCH',
      url: `${url}/${id}`,
      payload: { value: '36.25' },
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.json().value).toBe(36.25);
    const event = await lastAuditEvent(t.db);
    expect(event.action).toBe('coverage.target.update');
    expect(event.changes).toEqual({ value: { from: 96.5, to: 36.25 } });
  });

  it.each([
    ['a rate above 100', target({ value: 100.5 }), 400, 'COVERAGE_TARGET_INVALID'],
    ['a rate below 0', target({ value: -1 }), 400, 'COVERAGE_TARGET_INVALID'],
    [
      'a negative count',
      target({ measure: 'participants', value: -3 }),
      400,
      'COVERAGE_TARGET_INVALID',
    ],
    [
      'a code not valid in the year',
      target({ localityCode: '30', year: 2026 }),
      422,
      'COVERAGE_LOCALITY_UNKNOWN',
    ],
    [
      'a seeded duplicate',
      target({ localityCode: '30', year: 2024, value: 94 }),
      409,
      'COVERAGE_TARGET_DUPLICATE',
    ],
  ])('refuses %s and leaves the database unchanged', async (_what, payload, status, code) => {
    const [targets, audits] = [await targetCount(), await auditCount(t.db)];
    const reply = await t.inject({ method: 'POST', url, payload });
    expect(reply.statusCode).toBe(status);
    expect(reply.json()).toMatchObject({ code, messageVi: expect.any(String) });
    expect([await targetCount(), await auditCount(t.db)]).toEqual([targets, audits]);
  });

  it('refuses a Hải Phòng officer a Hà Nội target or a national one', async () => {
    const before = await targetCount();
    for (const localityCode of ['01', 'VN']) {
      const reply = await officer({ method: 'POST', url, payload: target({ localityCode }) });
      expect(reply.statusCode).toBe(403);
    }
    expect(await targetCount()).toBe(before);
  });

  it('lets the Hải Phòng officer edit the Hải Dương targets its province inherited', async () => {
    const list = await t.inject({ method: 'GET', url: `${url}?locality=30&year=2025&scheme=HI` });
    const id = list.json().items[0].id;
    const reply = await officer({
      method: 'PATCH',
      url: `${url}/${id}`,
      payload: { source: 'seed 004 (checked)' },
    });
    expect(reply.statusCode).toBe(200);
  });

  it('refuses a patch to a rate above 100 without changing the row', async () => {
    const list = await t.inject({ method: 'GET', url: `${url}?locality=VN&year=2025&scheme=UI` });
    const id = list.json().items[0].id;
    const reply = await t.inject({
      method: 'PATCH',
      url: `${url}/${id}`,
      payload: { value: 135.1 },
    });
    expect(reply.statusCode).toBe(400);
    const after = await t.inject({ method: 'GET', url: `${url}?locality=VN&year=2025&scheme=UI` });
    expect(after.json().items[0].value).toBe(35.1);
  });
});

describe('group targets', () => {
  it('keeps a group target (pupils and students, a count) beside the scheme target', async () => {
    const pupils = target({
      localityCode: 'VN',
      year: 2020,
      groupCode: 'pupils_students',
      measure: 'participants',
      value: 23_000_000,
      denominatorKind: 'group',
      source: 'seed 001',
    });
    const reply = await t.inject({ method: 'POST', url, payload: pupils });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json()).toMatchObject({ groupCode: 'pupils_students', value: 23_000_000 });
    const again = await t.inject({ method: 'POST', url, payload: pupils });
    expect(again.statusCode).toBe(409);
  });

  it('refuses to move a target onto a group that already has one (409), row unchanged', async () => {
    const list = await t.inject({ method: 'GET', url: `${url}?locality=VN&year=2020&scheme=HI` });
    const plain = list.json().items.find((i: { groupCode: string | null }) => !i.groupCode);
    const reply = await t.inject({
      method: 'PATCH',
      url: `${url}/${plain.id}`,
      payload: { groupCode: 'pupils_students' },
    });
    expect(reply.statusCode).toBe(409);
    expect(reply.json().code).toBe('COVERAGE_TARGET_DUPLICATE');
    const after = await t.inject({ method: 'GET', url: `${url}?locality=VN&year=2020&scheme=HI` });
    expect(after.json().items).toHaveLength(2);
  });

  it('accepts a 2025 target of a commune created on 2025-07-01 (named on 31 December)', async () => {
    const commune = await t.db
      .selectFrom('admin_unit as a')
      .select(['a.code', 'a.name'])
      .where('a.level', '=', 'commune')
      .where('a.valid_from', '=', '2025-07-01')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('admin_unit as b')
              .select('b.id')
              .whereRef('b.code', '=', 'a.code')
              .where('b.level', '=', 'commune')
              .where('b.valid_from', '<', '2025-07-01'),
          ),
        ),
      )
      .limit(1)
      .executeTakeFirstOrThrow();
    const payload = target({ localityCode: commune.code, year: 2025, scheme: 'UI' });
    const reply = await t.inject({ method: 'POST', url, payload });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json()).toMatchObject({ localityName: commune.name, localityLevel: 'commune' });
    const before = await t.inject({ method: 'POST', url, payload: { ...payload, year: 2024 } });
    expect(before.json().code).toBe('COVERAGE_LOCALITY_UNKNOWN');
  });
});
