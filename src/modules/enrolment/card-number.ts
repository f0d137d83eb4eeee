// The 15-character HI card number (mã thẻ BHYT), pure parsing and validation.
// Layout GG L PP NNNNNNNNNN: participant group, benefit level (1–5), province code valid at
// issue, 10-digit SI number (Decision 1351/QĐ-BHXH; 1666/QĐ-BHXH). Errors follow the VSS
// lookup codes: 051 wrong code, 052 wrong province code (chars 4–5), 053 wrong benefit digit.

export interface CardNumberParts {
  groupCode: string;
  benefitLevel: number;
  provinceCode: string;
  siNumber: string;
}

export type CardNumberError =
  | {
      code: '051';
      reason: 'length' | 'format' | 'unknown_group';
      message: string;
      messageVi: string;
    }
  | { code: '052'; reason: 'province'; message: string; messageVi: string }
  | { code: '053'; reason: 'benefit_level'; message: string; messageVi: string };

/** Reference data the check needs at a given date: both are effective-dated in the database. */
export interface CardRules {
  /** benefit level of a group code valid at the date, or undefined when the code is unknown */
  benefitLevel(groupCode: string): number | undefined;
  /** is this 2-digit province code valid at the date? */
  provinceValid(provinceCode: string): boolean;
}

export function normaliseCardNumber(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

/** Splits a card number by layout only; no reference data. */
export function splitCardNumber(text: string): CardNumberParts | CardNumberError {
  const card = normaliseCardNumber(text);
  if (card.length !== 15)
    return {
      code: '051',
      reason: 'length',
      message: `a card number has 15 characters, not ${card.length}`,
      messageVi: `mã thẻ BHYT gồm 15 ký tự, không phải ${card.length}`,
    };
  const match = /^([A-Z]{2})([1-5])(\d{2})(\d{10})$/.exec(card);
  if (!match)
    return {
      code: '051',
      reason: 'format',
      message: 'expected 2 letters, a benefit digit 1–5, a 2-digit province code and 10 digits',
      messageVi: 'mã thẻ phải gồm 2 chữ cái, 1 chữ số mức hưởng (1–5), 2 số mã tỉnh và 10 số',
    };
  return {
    groupCode: match[1]!,
    benefitLevel: Number(match[2]),
    provinceCode: match[3]!,
    siNumber: match[4]!,
  };
}

export function isCardError(value: CardNumberParts | CardNumberError): value is CardNumberError {
  return 'reason' in value;
}

/** Parses and checks a card number against the group and province codes valid at a date. */
export function parseCardNumber(text: string, rules: CardRules): CardNumberParts | CardNumberError {
  const parts = splitCardNumber(text);
  if (isCardError(parts)) return parts;
  const level = rules.benefitLevel(parts.groupCode);
  if (level === undefined)
    return {
      code: '051',
      reason: 'unknown_group',
      message: `${parts.groupCode} is not a participant group code`,
      messageVi: `${parts.groupCode} không phải mã đối tượng tham gia BHYT`,
    };
  if (level !== parts.benefitLevel)
    return {
      code: '053',
      reason: 'benefit_level',
      message: `benefit digit ${parts.benefitLevel} is wrong for group ${parts.groupCode} (level ${level})`,
      messageVi: `ký tự mức hưởng ${parts.benefitLevel} không đúng với mã đối tượng ${parts.groupCode} (mức ${level})`,
    };
  if (!rules.provinceValid(parts.provinceCode))
    return {
      code: '052',
      reason: 'province',
      message: `${parts.provinceCode} is not a province code valid at the date`,
      messageVi: `${parts.provinceCode} không phải mã tỉnh có hiệu lực tại ngày kiểm tra`,
    };
  return parts;
}

export function formatCardNumber(parts: CardNumberParts): string {
  return `${parts.groupCode}${parts.benefitLevel}${parts.provinceCode}${parts.siNumber}`;
}
