// Random secrets for sessions, CSRF and API tokens. Only SHA-256 digests are stored: the
// secrets have 256 bits of entropy, so a fast hash is enough (no KDF needed, unlike passwords).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function digest(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function sameDigest(secret: string, stored: Buffer): boolean {
  const actual = digest(secret);
  return actual.length === stored.length && timingSafeEqual(actual, stored);
}

const ALPHANUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function prefix(): string {
  const bytes = randomBytes(8);
  return Array.from(bytes, (b) => ALPHANUM[b % ALPHANUM.length]).join('');
}

/** `ansinh_<prefix>_<secret>`: the prefix finds the row, the whole string is checked. */
export function newApiToken(): { token: string; prefix: string } {
  const p = prefix();
  return { token: `ansinh_${p}_${newSecret()}`, prefix: p };
}

const TOKEN_SHAPE = /^ansinh_([A-Za-z0-9]{8})_[A-Za-z0-9_-]{43}$/;

export function tokenPrefix(token: string): string | null {
  return TOKEN_SHAPE.exec(token)?.[1] ?? null;
}
