import { describe, expect, it } from 'vitest';
import { maskIdentifier } from './mask.js';

describe('maskIdentifier', () => {
  it('keeps the first and last four digits of a national ID', () => {
    expect(maskIdentifier('001123455678')).toBe('0011****5678');
  });
  it('masks a phone number the same way', () => {
    expect(maskIdentifier('0912345678')).toBe('0912**5678');
  });
  it('hides short values entirely rather than revealing most of them', () => {
    expect(maskIdentifier('12345678')).toBe('********');
  });
});
