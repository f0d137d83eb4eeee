// Coverage periods, card issue and renewal across the 2025 merger, and the card check's codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Inject, type TestApp } from '../../../tests/helpers/test-app.js';
import { demoPlaces } from '../../demo-places.js';
import { resolveUnit } from '../geo/index.js';

const FACILITY = '31987';
const SI = '3099000001';
let t: TestApp;
let facility: Inject;
let personId: number;
let firstCard: { id: number; cardNumber: string };
let secondCard: { id: number; cardNumber: string };

const check = (payload: object) =>
  facility({ method: 'POST', url: '/api/v1/enrolment/card-check', payload }).then((r) => {
    expect(r.statusCode).toBe(200);
    return r.json();
  });

beforeAll(async () => {
  t = await createTestApp();
  facility = await t.as('facility');
  const province = await resolveUnit(t.db, '31', '2026-01-01');
  await t.db
    .insertInto('facility')
    .values({
      code: FACILITY,
      name: 'Trạm Y tế thử nghiệm',
      tier: 'commune',
      province_id: province.id,
    })
    .execute();
  // a person filed under a former Hải Dương commune, before the merger
  const { formerCommunes } = await demoPlaces(t.db);
  const commune = formerCommunes[0]!;
  await t.db
    .insertInto('person')
    .values({
      national_id: '030184000321',
      full_name: 'Phạm Thị Thu',
      search_key: 'pham thi thu',
      birth_date: '1984-03-05',
      sex: 'female',
      commune_id: commune.id,
      si_number: SI,
    })
    .execute();
  const person = await t.db
    .selectFrom('person')
    .select('id')
    .where('si_number', '=', SI)
    .executeTakeFirstOrThrow();
  personId = person.id;
});
afterAll(() => t.close());

describe('coverage periods', () => {
  it('adds a near-poor health-insurance period and refuses an overlapping one', async () => {
    const url = `/api/v1/enrolment/persons/${personId}/coverage-periods`;
    const body = { scheme: 'hi', groupCode: 'CN', payer: 'state_budget', validFrom: '2025-01-01' };
    const first = await t.inject({ method: 'POST', url, payload: body });
    expect(first.statusCode).toBe(201);
    const again = await t.inject({
      method: 'POST',
      url,
      payload: { ...body, validFrom: '2025-06-01' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ENROLMENT_OVERLAP');
  });

  it('refuses an unknown group and an employer payer without an employer', async () => {
    const url = `/api/v1/enrolment/persons/${personId}/coverage-periods`;
    const unknown = await t.inject({
      method: 'POST',
      url,
      payload: { scheme: 'ui', groupCode: 'ZZ', payer: 'self', validFrom: '2025-01-01' },
    });
    expect(unknown.json().code).toBe('ENROLMENT_UNKNOWN_GROUP');
    const noEmployer = await t.inject({
      method: 'POST',
      url,
      payload: {
        scheme: 'si_compulsory',
        groupCode: 'DN',
        payer: 'employer',
        validFrom: '2025-01-01',
      },
    });
    expect(noEmployer.json().code).toBe('ENROLMENT_EMPLOYER_REQUIRED');
  });
});

describe('HI cards across the merger', () => {
  it('issues a card with the level and province code valid at its start', async () => {
    const reply = await t.inject({
      method: 'POST',
      url: `/api/v1/enrolment/persons/${personId}/cards`,
      payload: { facilityCode: FACILITY, validFrom: '2025-01-01' },
    });
    expect(reply.statusCode).toBe(201);
    firstCard = reply.json();
    // near-poor was level 3 in 2025; the commune was in Hải Dương (30)
    expect(firstCard).toMatchObject({
      cardNumber: `CN330${SI}`,
      validThrough: '2025-12-31',
      facilityName: 'Trạm Y tế thử nghiệm',
      fiveYearsFrom: '2030-01-01',
    });
  });

  it('renews from the day the card ends: level 2 from 2026, Hải Phòng’s code 31', async () => {
    const reply = await t.inject({
      method: 'POST',
      url: `/api/v1/enrolment/cards/${firstCard.id}/renew`,
      payload: {},
    });
    expect(reply.statusCode).toBe(201);
    secondCard = reply.json();
    expect(secondCard).toMatchObject({
      cardNumber: `CN231${SI}`,
      validFrom: '2026-01-01',
      validThrough: '2026-12-31',
      fiveYearsFrom: '2030-01-01',
    });
  });

  it('refuses a second card over the same months', async () => {
    const reply = await t.inject({
      method: 'POST',
      url: `/api/v1/enrolment/persons/${personId}/cards`,
      payload: { facilityCode: FACILITY, validFrom: '2026-03-01' },
    });
    expect(reply.json().code).toBe('ENROLMENT_CARD_OVERLAP');
  });

  it('shows the timeline: periods and cards, newest first', async () => {
    const reply = await t.inject({ url: `/api/v1/enrolment/persons/${personId}/timeline` });
    expect(reply.statusCode).toBe(200);
    const body = reply.json();
    expect(body.cards.map((c: { cardNumber: string }) => c.cardNumber)).toEqual([
      secondCard.cardNumber,
      firstCard.cardNumber,
    ]);
    expect(body.periods[0]).toMatchObject({ scheme: 'hi', groupCode: 'CN', validTo: null });
  });
});

describe('card check', () => {
  const at = '2026-11-28';
  it('000 for the current card, by card number, national ID or SI number', async () => {
    const byCard = await check({ cardNumber: secondCard.cardNumber, at });
    expect(byCard).toMatchObject({
      code: '000',
      holder: { fullName: 'Phạm Thị Thu', birthDate: '1984-03-05' },
      card: { cardNumber: secondCard.cardNumber, benefitLevel: 2, facilityCode: FACILITY },
    });
    expect((await check({ nationalId: '030184000321', at })).code).toBe('000');
    expect(
      (await check({ siNumber: SI, fullName: 'pham thi thu', birthDate: '05/03/1984', at })).code,
    ).toBe('000');
  });

  it('003 with the new card for the old number', async () => {
    const reply = await check({ cardNumber: firstCard.cardNumber, at });
    expect(reply).toMatchObject({ code: '003', newCard: { cardNumber: secondCard.cardNumber } });
  });

  it.each([
    [{ cardNumber: `CN331${SI}` }, '053'],
    [{ cardNumber: `CN201${SI}` }, '052'],
    [{ cardNumber: `DN431${SI}` }, '051'],
    [{ cardNumber: 'CN2313099' }, '051'],
    [{ cardNumber: `CN231${SI}`, fullName: 'Phạm Văn Thu' }, '060'],
    [{ cardNumber: `CN231${SI}`, birthDate: '1984' }, '000'],
    [{ cardNumber: `CN231${SI}`, birthDate: '1985' }, '070'],
    [{ siNumber: '3099999999' }, '050'],
    [{ nationalId: '12' }, '205'],
    [{ nationalId: '030184000321', siNumber: SI }, '205'],
    [{ cardNumber: `CN231${SI}`, at: '2027-01-01' }, '010'],
  ])('%o → %s, holder details only with the card', async (payload, code) => {
    const reply = await check({ at, ...payload });
    expect(reply.code).toBe(code);
    // an expired card is still shown (the desk tells the patient to renew)
    if (code !== '000' && code !== '010') expect(reply.holder).toBeNull();
  });

  it('110 once the card is revoked', async () => {
    const revoke = await t.inject({
      method: 'POST',
      url: `/api/v1/enrolment/cards/${secondCard.id}/revoke`,
      payload: { reason: 'Cấp trùng' },
    });
    expect(revoke.statusCode).toBe(200);
    expect((await check({ cardNumber: secondCard.cardNumber, at })).code).toBe('110');
  });

  it('is refused to roles without card.check, and logs every check in batches', async () => {
    const officer = await t.as('commune.officer');
    const refused = await officer({
      method: 'POST',
      url: '/api/v1/enrolment/card-check',
      payload: { siNumber: SI },
    });
    expect(refused.statusCode).toBe(403);
    await t.app.close(); // flushes the batch
    const rows = await t.db
      .selectFrom('card_check_event')
      .select(['actor', 'key_kind', 'result_code', 'person_id'])
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(rows.filter((r) => r.result_code === '003')).toEqual([
      { actor: 'facility', key_kind: 'card', result_code: '003', person_id: personId },
    ]);
    const times = await t.db
      .selectFrom('card_check_event')
      .select(['occurred_at', 'actor_user_id', 'request_id'])
      .execute();
    for (const e of times) {
      expect(Date.now() - new Date(e.occurred_at).getTime()).toBeLessThan(600_000);
      expect(e.actor_user_id).toEqual(expect.any(Number));
      expect(e.request_id).not.toBe('');
    }
  });
});
