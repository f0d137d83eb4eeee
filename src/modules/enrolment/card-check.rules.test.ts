import { describe, expect, it } from 'vitest';
import { judge, keyProblem, type CardFacts, type CheckInput } from './card-check.rules.js';

const holder = { fullName: 'Nguyễn Thị Hà', birthDate: '1990-05-03' };
const current: CardFacts = {
  cardNumber: 'CN2310123456789',
  groupCode: 'CN',
  benefitLevel: 2,
  provinceCode: '31',
  validFrom: '2026-01-01',
  validTo: '2027-01-01',
  status: 'active',
};
const previous: CardFacts = {
  ...current,
  cardNumber: 'CN3300123456789',
  benefitLevel: 3,
  provinceCode: '30',
  validFrom: '2025-01-01',
  validTo: '2026-01-01',
};
const cards = [current, previous];
const byCard = (value: string, extra: Partial<CheckInput> = {}): CheckInput => ({
  key: { kind: 'card', value },
  at: '2026-11-28',
  ...extra,
});

describe('card check verdict', () => {
  it('000 for the current card, with or without name and birth date', () => {
    expect(judge(byCard('CN2310123456789'), holder, cards).code).toBe('000');
    const typed = byCard('CN2310123456789', { fullName: 'nguyen thi  ha', birthDate: '1990' });
    expect(judge(typed, holder, cards).code).toBe('000');
  });

  it('finds the card by national ID or SI number too', () => {
    const input: CheckInput = { key: { kind: 'si_number', value: '0123456789' }, at: '2026-11-28' };
    expect(judge(input, holder, cards)).toMatchObject({ code: '000', card: current });
  });

  it('003 for an old card that ended, with the new card', () => {
    expect(judge(byCard('CN3300123456789'), holder, cards)).toMatchObject({
      code: '003',
      card: previous,
      newCard: current,
    });
  });

  it('004 when the old card is still inside its validity', () => {
    const input = byCard('CN3300123456789', { at: '2025-12-30' });
    expect(judge(input, holder, cards).code).toBe('004');
  });

  it.each([
    ['DN2310123456789', '051'],
    ['CN4310123456789', '053'],
    ['CN2010123456789', '052'],
  ])('%s differs from the holder’s card → %s', (card, code) => {
    expect(judge(byCard(card), holder, cards).code).toBe(code);
  });

  it('050 when nobody or no card is found', () => {
    expect(judge(byCard('CN2310123456789'), null, []).code).toBe('050');
    expect(judge(byCard('CN2310123456789'), holder, []).code).toBe('050');
  });

  it('060 wrong name, 070 wrong birth date, and no card details with them', () => {
    expect(judge(byCard(current.cardNumber, { fullName: 'Trần Văn Nam' }), holder, cards)).toEqual({
      code: '060',
      card: null,
      newCard: null,
    });
    expect(judge(byCard(current.cardNumber, { birthDate: '1990-05-04' }), holder, cards).code).toBe(
      '070',
    );
  });

  it('010 expired or not yet valid, 110 revoked', () => {
    expect(judge(byCard(current.cardNumber, { at: '2027-01-01' }), holder, cards).code).toBe('010');
    expect(judge(byCard(current.cardNumber, { at: '2025-12-31' }), holder, [current]).code).toBe(
      '010',
    );
    const revoked = { ...current, status: 'revoked' as const };
    expect(judge(byCard(current.cardNumber), holder, [revoked]).code).toBe('110');
  });

  it('205 for a malformed national ID or SI number, 051 for a malformed card', () => {
    expect(keyProblem({ kind: 'national_id', value: '12345' })).toBe('205');
    expect(keyProblem({ kind: 'si_number', value: 'abc' })).toBe('205');
    expect(keyProblem({ kind: 'card', value: 'CN23101' })).toBe('051');
    expect(keyProblem({ kind: 'card', value: 'CN2310123456789' })).toBeNull();
  });
});
