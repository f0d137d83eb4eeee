import { describe, expect, it } from 'vitest';
import {
  formatCardNumber,
  parseCardNumber,
  splitCardNumber,
  type CardRules,
} from './card-number.js';

// levels as at 2026: CN moved from 3 to 2 on 2026-01-01 (Res. 261/2025/QH15)
const rules2026: CardRules = {
  benefitLevel: (g) => ({ DN: 4, TE: 1, CN: 2, HT: 3 })[g],
  provinceValid: (p) => ['01', '31', '79'].includes(p),
};

describe('HI card number', () => {
  it('splits the four parts and formats them back', () => {
    const parts = parseCardNumber('DN4310123456789', rules2026);
    expect(parts).toEqual({
      groupCode: 'DN',
      benefitLevel: 4,
      provinceCode: '31',
      siNumber: '0123456789',
    });
    expect(formatCardNumber(parts as never)).toBe('DN4310123456789');
  });

  it('accepts spaces, dashes and lower case as typed at a desk', () => {
    expect(parseCardNumber(' dn4-31-0123456789 ', rules2026)).toMatchObject({ groupCode: 'DN' });
  });

  it.each([
    ['DN431012345678', '051', 'length'],
    ['D14310123456789', '051', 'format'],
    ['DN6310123456789', '051', 'format'],
    ['ZZ4310123456789', '051', 'unknown_group'],
    ['DN3310123456789', '053', 'benefit_level'],
    ['CN3310123456789', '053', 'benefit_level'],
    ['DN4990123456789', '052', 'province'],
  ])('%s → %s (%s)', (card, code, reason) => {
    expect(parseCardNumber(card, rules2026)).toMatchObject({ code, reason });
  });

  it('says what is wrong in both languages', () => {
    const error = splitCardNumber('DN43101234');
    expect(error).toMatchObject({ code: '051', reason: 'length' });
    expect((error as { messageVi: string }).messageVi).toContain('15 ký tự');
  });
});
