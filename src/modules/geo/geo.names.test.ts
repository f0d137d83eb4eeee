import { describe, expect, it } from 'vitest';
import { parseUnitName, shortKey } from './geo.names.js';

describe('unit names', () => {
  it('splits the type word off at each level', () => {
    expect(parseUnitName('Tỉnh Hải Dương', 'province')).toEqual({
      name: 'Tỉnh Hải Dương',
      shortName: 'Hải Dương',
      unitType: 'tinh',
    });
    expect(parseUnitName('Thành phố Hải Phòng', 'province').unitType).toBe('thanh_pho_tw');
    expect(parseUnitName('Thành phố Hải Dương', 'district').unitType).toBe('thanh_pho');
    expect(parseUnitName('Thị xã Kinh Môn', 'district')).toMatchObject({
      shortName: 'Kinh Môn',
      unitType: 'thi_xa',
    });
    expect(parseUnitName('Đặc khu Bạch Long Vĩ', 'commune')).toMatchObject({
      shortName: 'Bạch Long Vĩ',
      unitType: 'dac_khu',
    });
  });

  it('cleans spacing and capitalisation differences between sources', () => {
    expect(parseUnitName('Phường  An Lạc', 'commune').name).toBe('Phường An Lạc');
    expect(parseUnitName('Thị Trấn Châu Ổ', 'commune')).toMatchObject({
      name: 'Thị trấn Châu Ổ',
      unitType: 'thi_tran',
    });
  });

  it('matches names across sources regardless of diacritic placement and leading zeros', () => {
    expect(shortKey('Tỉnh Hoà Bình', 'province')).toBe(shortKey('Hòa Bình', 'province'));
    expect(shortKey('Phường 05', 'commune')).toBe(shortKey('Phường 5', 'commune'));
  });
});
