// The 12-digit personal identification number (số định danh cá nhân), pure checks.
// Layout (Decree 137/2015/NĐ-CP Art 7; Circular 59/2021/TT-BCA Art 7): 3 digits province of
// birth, 1 digit century and sex, 2 digits year of birth, 6 random digits.

/** A finding about one field, in both languages, with a stable code. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
  messageVi: string;
}

/**
 * Century/sex digit: 20th century male 0, female 1; 21st 2/3; 22nd 4/5; 23rd 6/7; 24th 8/9
 * (Circular 59/2021/TT-BCA Art 7(2)).
 */
export function centurySexDigit(birthYear: number, sex: 'male' | 'female'): number {
  const century = Math.floor((birthYear - 1900) / 100);
  return century * 2 + (sex === 'female' ? 1 : 0);
}

function problem(code: string, message: string, messageVi: string): FieldProblem {
  return { field: 'nationalId', code, message, messageVi };
}

/**
 * Checks a national ID against the birth date and sex given with it. `birthProvinceCodes` are
 * the 3-digit birth-province codes (the 2-digit province codes of any period with a leading 0).
 */
export function checkNationalId(
  id: string,
  birthDate: string,
  sex: 'male' | 'female',
  birthProvinceCodes: ReadonlySet<string>,
): FieldProblem | null {
  if (!/^\d{12}$/.test(id))
    return problem('NATIONAL_ID_FORMAT', 'must be 12 digits', 'phải gồm đúng 12 chữ số');
  if (!birthProvinceCodes.has(id.slice(0, 3)))
    return problem(
      'NATIONAL_ID_PROVINCE',
      `digits 1–3 (${id.slice(0, 3)}) are not a province-of-birth code`,
      `3 chữ số đầu (${id.slice(0, 3)}) không phải mã tỉnh nơi đăng ký khai sinh`,
    );
  const year = Number(birthDate.slice(0, 4));
  if (year < 1900 || year > 2399)
    return problem('NATIONAL_ID_YEAR', 'birth year out of range', 'năm sinh không hợp lệ');
  if (Number(id[3]) !== centurySexDigit(year, sex))
    return problem(
      'NATIONAL_ID_CENTURY_SEX',
      `digit 4 (${id[3]}) does not match the sex and century of birth (expected ${centurySexDigit(year, sex)})`,
      `chữ số thứ 4 (${id[3]}) không khớp giới tính và thế kỷ sinh (phải là ${centurySexDigit(year, sex)})`,
    );
  if (id.slice(4, 6) !== String(year % 100).padStart(2, '0'))
    return problem(
      'NATIONAL_ID_YEAR',
      `digits 5–6 (${id.slice(4, 6)}) do not match the year of birth ${year}`,
      `chữ số 5–6 (${id.slice(4, 6)}) không khớp năm sinh ${year}`,
    );
  return null;
}

/** The 10-digit social insurance number (mã số BHXH, Decision 346/QĐ-BHXH). */
export function checkSiNumber(value: string): FieldProblem | null {
  return /^\d{10}$/.test(value)
    ? null
    : {
        field: 'siNumber',
        code: 'SI_NUMBER_FORMAT',
        message: 'the social insurance number must be 10 digits',
        messageVi: 'mã số BHXH phải gồm đúng 10 chữ số',
      };
}
