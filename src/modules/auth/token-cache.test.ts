import { describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/auth-context.js';
import {
  cachedTokenActor,
  forgetTokenActors,
  rememberTokenActor,
  TOKEN_CACHE_MS,
} from './token-cache.js';

describe('token actor cache', () => {
  const db = {};
  const value = {
    actor: systemActor('facility/his'),
    mustChangePassword: false,
    expiresOn: '2100-01-01',
  };

  it('answers for a few seconds, then resolves afresh', () => {
    rememberTokenActor(db, 'Bearer a', value, 1000);
    expect(cachedTokenActor(db, 'Bearer a', 1000 + TOKEN_CACHE_MS - 1)?.actor).toBe(value.actor);
    expect(cachedTokenActor(db, 'Bearer a', 1000 + TOKEN_CACHE_MS)).toBeUndefined();
    expect(cachedTokenActor(db, 'Bearer b', 1000)).toBeUndefined();
  });

  it('stops at the token’s expiry date even within the seconds it is kept', () => {
    const midnight = Date.parse('2026-11-28T17:00:00Z'); // 00:00 on 29/11 in Vietnam
    rememberTokenActor(db, 'Bearer e', { ...value, expiresOn: '2026-11-29' }, midnight - 1000);
    expect(cachedTokenActor(db, 'Bearer e', midnight - 1)).toBeDefined();
    expect(cachedTokenActor(db, 'Bearer e', midnight)).toBeUndefined();
  });

  it('forgets everything after a change to tokens, users or roles', () => {
    rememberTokenActor(db, 'Bearer a', value);
    forgetTokenActors(db);
    expect(cachedTokenActor(db, 'Bearer a')).toBeUndefined();
  });

  it('keeps databases apart', () => {
    rememberTokenActor(db, 'Bearer a', value);
    expect(cachedTokenActor({}, 'Bearer a')).toBeUndefined();
  });
});
