import { describe, expect, it } from 'vitest';
import { escapeLike, searchKey } from './text.js';

describe('searchKey', () => {
  it('drops diacritics and case so "hai duong" finds "Hải Dương"', () => {
    expect(searchKey('Tỉnh Hải Dương')).toBe('tinh hai duong');
    expect(searchKey('ĐẮK LẮK')).toBe('dak lak');
    expect(searchKey('  Thừa   Thiên Huế ')).toBe('thua thien hue');
  });

  it('treats composed and decomposed Unicode alike', () => {
    expect(searchKey('Hải'.normalize('NFD'))).toBe(searchKey('Hải'.normalize('NFC')));
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
