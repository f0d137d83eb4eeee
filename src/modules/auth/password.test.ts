import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblems, verifyPassword } from './password.js';
import { newApiToken, tokenPrefix } from './secrets.js';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one, with a fresh salt each time', async () => {
    const a = await hashPassword('mật khẩu dài 2026');
    const b = await hashPassword('mật khẩu dài 2026');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('mật khẩu dài 2026', a)).toBe(true);
    expect(await verifyPassword('mật khẩu dài 2025', a)).toBe(false);
  });

  it('treats composed and decomposed Vietnamese letters as the same password', async () => {
    const stored = await hashPassword('Hải Dương 2025!');
    expect(await verifyPassword('Hải Dương 2025!'.normalize('NFD'), stored)).toBe(true);
  });

  it('refuses a stored value it does not understand instead of throwing', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });

  it('asks for length and no username inside', () => {
    expect(passwordProblems('short', 'lan')).toHaveLength(1);
    expect(passwordProblems('lan.pham-2026-x', 'lan.pham')).toHaveLength(1);
    expect(passwordProblems('a long enough one', 'lan.pham')).toEqual([]);
  });
});

describe('API token format', () => {
  it('finds the prefix of a well-formed token and nothing in a malformed one', () => {
    const { token, prefix } = newApiToken();
    expect(tokenPrefix(token)).toBe(prefix);
    expect(tokenPrefix(`${token}x`)).toBeNull();
    expect(tokenPrefix('ansinh_short_abc')).toBeNull();
    expect(tokenPrefix('Bearer whatever')).toBeNull();
  });
});
