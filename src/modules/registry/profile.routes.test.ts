// A person's profile (household, statuses, residence, employment), search by SI and card
// number, and employers with their employees' declarations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.js';
import { demoPlaces } from '../../demo-places.js';

let t: TestApp;
const ids: Record<string, number> = {};

async function person(nationalId: string, name: string, extra: object) {
  const row = await t.db
    .insertInto('person')
    .values({
      national_id: nationalId,
      full_name: name,
      search_key: name.toLowerCase(),
      birth_date: '1980-01-01',
      sex: 'male',
      commune_id: ids.commune!,
      ...extra,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  ids.commune = (await demoPlaces(t.db)).communesFromHaiDuong[0]!.id;
  const house = await t.db
    .insertInto('household')
    .values({ code: 'HGD0000001', commune_id: ids.commune, address: 'Thôn Đông' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const common = { household_id: house.id };
  ids.head = await person('030080000901', 'Lê Văn Hộ', {
    ...common,
    household_relation: 'head',
    si_number: '3099000901',
  });
  ids.child = await person('030080000902', 'Lê Văn Con', {
    ...common,
    household_relation: 'child',
  });
  await t.db
    .insertInto('person_status')
    .values({
      person_id: ids.head,
      status: 'near_poor',
      source: 'QĐ 12/QĐ-UBND',
      valid_from: '2025-01-01',
    })
    .execute();
  const employer = await t.db
    .insertInto('employer')
    .values({
      tax_code: '0800000901',
      name: 'Công ty TNHH Thử Nghiệm',
      search_key: 'cong ty tnhh thu nghiem',
      sector: 'C',
      commune_id: ids.commune,
      reported_employees: 2,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids.employer = employer.id;
  for (const [p, salary] of [
    [ids.head, 9_000_000],
    [ids.child, 7_000_000],
  ] as const)
    await t.db
      .insertInto('employment')
      .values({
        person_id: p,
        employer_id: employer.id,
        monthly_salary: salary,
        valid_from: '2025-01-01',
      })
      .execute();
  // the employer declares only the head, on less than the real salary
  const declared = await t.inject({
    method: 'POST',
    url: `/api/v1/enrolment/persons/${ids.head}/coverage-periods`,
    payload: {
      scheme: 'si_compulsory',
      groupCode: 'DN',
      payer: 'employer',
      employerTaxCode: '0800000901',
      contributionSalary: 5_310_000,
      validFrom: '2025-01-01',
    },
  });
  expect(declared.statusCode).toBe(201);
});
afterAll(() => t.close());

describe('person profile', () => {
  it('shows the household with its members, statuses and employments', async () => {
    const reply = await t.inject({ url: `/api/v1/registry/persons/${ids.head}/profile` });
    expect(reply.statusCode).toBe(200);
    const body = reply.json();
    expect(body.household).toMatchObject({ code: 'HGD0000001', relation: 'head' });
    expect(body.household.members.map((m: { fullName: string }) => m.fullName)).toEqual([
      'Lê Văn Hộ',
      'Lê Văn Con',
    ]);
    expect(body.statuses).toEqual([
      expect.objectContaining({
        status: 'near_poor',
        labelVi: 'Thuộc hộ cận nghèo',
        validTo: null,
      }),
    ]);
    expect(body.employments[0]).toMatchObject({
      monthlySalary: 9_000_000,
      employer: { taxCode: '0800000901' },
    });
  });

  it('is refused to roles that see no personal data', async () => {
    // the steering committee sees aggregates only: no registry.read
    const agent = await t.as('steering');
    expect((await agent({ url: `/api/v1/registry/persons/${ids.head}/profile` })).statusCode).toBe(
      403,
    );
  });
});

describe('search by SI number and card number', () => {
  it.each(['3099000901', 'CN330 3099000901', 'gd4313099000901'])(
    '%s finds the holder',
    async (q) => {
      const reply = await t.inject({ url: `/api/v1/registry/persons?q=${encodeURIComponent(q)}` });
      expect(reply.json().items.map((p: { id: number }) => p.id)).toEqual([ids.head]);
    },
  );
});

describe('employers', () => {
  it('lists by tax code or name, in the area', async () => {
    const byName = await t.inject({ url: '/api/v1/registry/employers?q=thu%20nghiem' });
    expect(byName.json().items).toEqual([
      expect.objectContaining({ taxCode: '0800000901', reportedEmployees: 2 }),
    ]);
    const byCode = await t.inject({ url: '/api/v1/registry/employers?q=08000009' });
    expect(byCode.json().items).toHaveLength(1);
  });

  it('shows employees with what was declared for them', async () => {
    const reply = await t.inject({
      url: `/api/v1/registry/employers/${ids.employer}?at=2026-01-01`,
    });
    expect(reply.statusCode).toBe(200);
    const employees = reply.json().employees;
    expect(employees).toEqual([
      expect.objectContaining({
        fullName: 'Lê Văn Con',
        declared: false,
        contributionSalary: null,
      }),
      expect.objectContaining({
        fullName: 'Lê Văn Hộ',
        declared: true,
        contributionSalary: 5_310_000,
      }),
    ]);
  });
});
