// A facility's system checks cards with one API token thousands of times a day; resolving the
// token, its user and its grants costs three queries per request. The resolved identity is
// kept for a few seconds per token. Any change to tokens, users or role assignments made in
// this process forgets every entry at once; another process of the same deployment sees such
// a change within TOKEN_CACHE_MS (README "Access control").
import { createHash } from 'node:crypto';
import type { Actor } from '../../platform/auth-context.js';
import { todayInVietnam } from '../../platform/dates.js';

export const TOKEN_CACHE_MS = 10_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  until: number;
  /** the token's own expiry (civil date): a cached token stops at midnight like any other */
  expiresOn: string;
  actor: Actor;
  mustChangePassword: boolean;
}

const caches = new WeakMap<object, Map<string, Entry>>();

function cacheOf(db: object) {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

/** The key is a digest: the header (a secret) is not kept in memory longer than the request. */
const keyOf = (authorization: string) => createHash('sha256').update(authorization).digest('hex');

export function cachedTokenActor(db: object, authorization: string, now = Date.now()) {
  const cache = cacheOf(db);
  const key = keyOf(authorization);
  const entry = cache.get(key);
  if (entry && entry.until > now && todayInVietnam(new Date(now)) < entry.expiresOn) return entry;
  if (entry) cache.delete(key);
  return undefined;
}

export function rememberTokenActor(
  db: object,
  authorization: string,
  value: { actor: Actor; mustChangePassword: boolean; expiresOn: string },
  now = Date.now(),
) {
  const cache = cacheOf(db);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(keyOf(authorization), { ...value, until: now + TOKEN_CACHE_MS });
}

/** After any change to tokens, users or assignments: the next request resolves afresh. */
export function forgetTokenActors(db: object) {
  caches.get(db)?.clear();
}
